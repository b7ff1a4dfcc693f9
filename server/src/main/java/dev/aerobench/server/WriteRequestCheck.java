package dev.aerobench.server;

/**
 * The checks a real server makes on a write, in its order. Before the record is looked up (its
 * {@code write_master_policies}): a write needs operations, a record-level replace cannot be
 * combined with operations that need the old bins, all bins may be read only once and not together
 * with other reads, and bin names must be short and free of NUL bytes. Then against the record:
 * existence, generation, the set name of a record being created, and the TTL.
 */
final class WriteRequestCheck {

    /** The most operations one write may carry on a real server. */
    /**
     * The most operations a real node takes in one message (its {@code MAX_N_OPS}), for reads and
     * writes alike: it bounds what one request may cost.
     */
    static final int MAX_OPS = 32 * 1024;
    /** Longest set name the real server accepts, in bytes. */
    private static final int MAX_SET_NAME_BYTES = 63;
    /** The longest TTL a real server accepts: 10 years. */
    private static final int MAX_TTL_SECONDS = 10 * 365 * 24 * 3600;

    private WriteRequestCheck() {}

    /** {@link ResultCode#OK}, or the code a real server refuses {@code msg} with before any lookup. */
    static int check(Message msg, Edition edition) {
        if ((msg.info2 & Wire.INFO2_DELETE) != 0) {
            // The Community Edition (the official container) has no durable deletes.
            return (msg.info2 & Wire.INFO2_DURABLE_DELETE) != 0 && edition == Edition.COMMUNITY
                    ? ResultCode.ENTERPRISE_ONLY
                    : ResultCode.OK;
        }
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

    /**
     * {@link ResultCode#OK}, or the code a real server refuses {@code msg} with once it knows the
     * record ({@code null} when absent or expired): existence first, then generation, set and TTL.
     */
    static int checkAgainst(StoredRecord existing, Message msg) {
        boolean delete = (msg.info2 & Wire.INFO2_DELETE) != 0;
        boolean mustExist =
                delete || (msg.info3 & (Wire.INFO3_UPDATE_ONLY | Wire.INFO3_REPLACE_ONLY)) != 0 || hasTouch(msg);
        if (existing == null && mustExist) {
            return ResultCode.KEY_NOT_FOUND;
        }
        if ((msg.info2 & Wire.INFO2_CREATE_ONLY) != 0 && existing != null) {
            return ResultCode.KEY_EXISTS;
        }
        int currentGeneration = existing == null ? 0 : existing.generation();
        if ((msg.info2 & Wire.INFO2_GENERATION) != 0 && msg.generation != currentGeneration
                || (msg.info2 & Wire.INFO2_GENERATION_GT) != 0 && msg.generation <= currentGeneration) {
            return ResultCode.GENERATION_ERROR;
        }
        if (!delete && (existing == null && setNameTooLong(msg) || !isValidTtl(msg.ttl))) {
            return ResultCode.PARAMETER_ERROR;
        }
        return ResultCode.OK;
    }

    private static boolean hasTouch(Message msg) {
        for (int i = 0; i < msg.opCount(); i++) {
            if (msg.opType(i) == Wire.OP_TOUCH) {
                return true;
            }
        }
        return false;
    }

    /** A real server cannot create a set whose name is 64 bytes or longer. */
    private static boolean setNameTooLong(Message msg) {
        return msg.has(Wire.FIELD_SET) && msg.fieldLength(Wire.FIELD_SET) > MAX_SET_NAME_BYTES;
    }

    /** Up to 10 years, or one of the special values -1 and -2 (the real server's {@code is_valid_ttl}). */
    private static boolean isValidTtl(int ttl) {
        return ttl >= 0 && ttl <= MAX_TTL_SECONDS
                || ttl == RecordCommands.TTL_NEVER_EXPIRE
                || ttl == RecordCommands.TTL_DONT_UPDATE;
    }

    private static boolean generatesResponse(int type) {
        return type == Wire.OP_READ
                || type == Wire.OP_CDT_READ
                || type == Wire.OP_BIT_READ
                || type == Wire.OP_HLL_READ
                || type == Wire.OP_EXP_READ;
    }

    /** Operations that change or drop what the record holds, meaningless when it is being replaced. */
    private static boolean needsOldBins(int type, int particleType) {
        return switch (type) {
            case Wire.OP_WRITE -> particleType == Wire.PARTICLE_NULL;
            case Wire.OP_ADD,
                    Wire.OP_APPEND,
                    Wire.OP_PREPEND,
                    Wire.OP_DELETE,
                    Wire.OP_CDT_MODIFY,
                    Wire.OP_BIT_MODIFY,
                    Wire.OP_HLL_MODIFY -> true;
            default -> false;
        };
    }
}
