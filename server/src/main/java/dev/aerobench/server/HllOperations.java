package dev.aerobench.server;

/** HyperLogLog operations. Not served yet: every one answers {@link ResultCode#UNSUPPORTED_FEATURE}, as before. */
final class HllOperations {

    private HllOperations() {}

    /**
     * Applies operation {@code op} of {@code msg} to {@code context}.
     *
     * @return {@link ResultCode#OK} or why the whole command fails
     */
    static int apply(Message msg, int op, OpContext context, boolean modify) {
        return ResultCode.UNSUPPORTED_FEATURE;
    }
}
