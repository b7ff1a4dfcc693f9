package dev.aerobench.server;

/**
 * The checks a real server makes on a write before it looks the record up (its
 * {@code write_master_policies}): a write needs operations, a record-level replace cannot be
 * combined with operations that need the old bins, all bins may be read only once and not together
 * with other reads, and bin names must be short and free of NUL bytes.
 */
final class WriteRequestCheck {

    /** The most operations one write may carry on a real server. */
    private static final int MAX_OPS = 32 * 1024;

    private WriteRequestCheck() {
    }

    /** {@link ResultCode#OK}, or the code a real server refuses {@code msg} with. */
    static int check(Message msg) {
        if (msg.opCount() == 0 || msg.opCount() > MAX_OPS) {
            return ResultCode.PARAMETER_ERROR;
        }
        boolean replace = (msg.info3 & (Wire.INFO3_CREATE_OR_REPLACE | Wire.INFO3_REPLACE_ONLY)) != 0;
        boolean getAll = (msg.info1 & Wire.INFO1_GET_ALL) != 0;
        boolean respondAll = (msg.info2 & Wire.INFO2_RESPOND_ALL_OPS) != 0;
        boolean readsAll = false;
        boolean readsNamed = false;
        for (int i = 0; i < msg.opCount(); i++) {
            int type = msg.opType(i);
            if (type == Wire.OP_TOUCH) {
                if (replace) {
                    return ResultCode.PARAMETER_ERROR;
                }
                continue;
            }
            if (!msg.hasValidBinName(i)) {
                return ResultCode.BIN_NAME_TOO_LONG;
            }
            if (type == Wire.OP_READ && msg.opNameLength(i) == 0 && getAll) {
                if (respondAll || readsAll) {
                    return ResultCode.PARAMETER_ERROR;
                }
                readsAll = true;
            } else if (generatesResponse(type)) {
                readsNamed = true;
            } else if (replace && needsOldBins(type, msg.opParticleType(i))) {
                return ResultCode.PARAMETER_ERROR;
            }
        }
        if (readsAll && readsNamed || getAll && !readsAll) {
            return ResultCode.PARAMETER_ERROR;
        }
        return ResultCode.OK;
    }

    private static boolean generatesResponse(int type) {
        return type == Wire.OP_READ || type == Wire.OP_CDT_READ || type == Wire.OP_BIT_READ
                || type == Wire.OP_HLL_READ || type == Wire.OP_EXP_READ;
    }

    /** Operations that change or drop what the record holds, meaningless when it is being replaced. */
    private static boolean needsOldBins(int type, int particleType) {
        return switch (type) {
            case Wire.OP_WRITE -> particleType == Wire.PARTICLE_NULL;
            case Wire.OP_ADD, Wire.OP_APPEND, Wire.OP_PREPEND, Wire.OP_DELETE, Wire.OP_CDT_MODIFY,
                    Wire.OP_BIT_MODIFY, Wire.OP_HLL_MODIFY -> true;
            default -> false;
        };
    }
}
