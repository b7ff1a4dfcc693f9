package dev.aerobench.server;

/**
 * Operations inside nested lists and maps: follows the call's context pairs to the element they
 * name and applies the operation there. Not served yet: answers
 * {@link ResultCode#UNSUPPORTED_FEATURE}.
 */
final class CdtContext {

    private CdtContext() {}

    static CdtResult apply(MsgValue current, CdtOperations.Call call, boolean modify) {
        return CdtResult.error(ResultCode.UNSUPPORTED_FEATURE);
    }
}
