package dev.aerobench.server;

import java.util.List;

/** List operations on one value. Not served yet: every one answers {@link ResultCode#UNSUPPORTED_FEATURE}. */
final class ListOperations {

    private ListOperations() {}

    /**
     * Applies list operation {@code code} with {@code args} to {@code current} ({@code null}: no value yet).
     */
    static CdtResult apply(MsgValue current, int code, List<MsgValue> args, boolean modify) {
        return CdtResult.error(ResultCode.UNSUPPORTED_FEATURE);
    }
}
