package dev.aerobench.server;

/**
 * Dispatches the operate operations that work on values inside bins or on expressions: list and
 * map (CDT), bit, HLL and expression operations, read and modify.
 */
final class ComplexOperations {

    private ComplexOperations() {}

    /** Whether {@code type} is one of the operations this class dispatches. */
    static boolean handles(int type) {
        return switch (type) {
            case Wire.OP_CDT_READ,
                    Wire.OP_CDT_MODIFY,
                    Wire.OP_EXP_READ,
                    Wire.OP_EXP_MODIFY,
                    Wire.OP_BIT_READ,
                    Wire.OP_BIT_MODIFY,
                    Wire.OP_HLL_READ,
                    Wire.OP_HLL_MODIFY -> true;
            default -> false;
        };
    }

    /** Whether {@code type} changes the record (it needs a write command). */
    static boolean modifies(int type) {
        return type == Wire.OP_CDT_MODIFY
                || type == Wire.OP_EXP_MODIFY
                || type == Wire.OP_BIT_MODIFY
                || type == Wire.OP_HLL_MODIFY;
    }

    /**
     * Applies operation {@code op} of {@code msg}, of a type {@link #handles} accepts.
     *
     * @return {@link ResultCode#OK} or why the whole command fails
     */
    static int apply(int type, Message msg, int op, OpContext context) {
        if (modifies(type) && !context.writable) {
            return ResultCode.PARAMETER_ERROR;
        }
        return switch (type) {
            case Wire.OP_CDT_READ, Wire.OP_CDT_MODIFY -> CdtOperations.apply(msg, op, context, modifies(type));
            case Wire.OP_EXP_READ, Wire.OP_EXP_MODIFY -> ExpOperations.apply(msg, op, context, modifies(type));
            case Wire.OP_BIT_READ, Wire.OP_BIT_MODIFY -> BitOperations.apply(msg, op, context, modifies(type));
            case Wire.OP_HLL_READ, Wire.OP_HLL_MODIFY -> HllOperations.apply(msg, op, context, modifies(type));
            default -> throw new IllegalArgumentException("not a complex operation: " + type);
        };
    }
}
