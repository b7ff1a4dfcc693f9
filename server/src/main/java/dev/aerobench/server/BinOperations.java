package dev.aerobench.server;

import java.util.List;

/** The write operations of operate, applied to the bins of a record being written. */
final class BinOperations {

    private BinOperations() {}

    /**
     * Applies write operation {@code op} of {@code msg} to {@code bins}.
     *
     * @return a result code: {@link ResultCode#OK} or why the whole command fails
     */
    static int apply(int type, Message msg, int op, List<Bin> bins, boolean recordExists) {
        if (type == Wire.OP_TOUCH) {
            return recordExists ? ResultCode.OK : ResultCode.KEY_NOT_FOUND;
        }
        if (type == Wire.OP_DELETE) {
            bins.clear();
            return ResultCode.OK;
        }
        if (type != Wire.OP_WRITE && type != Wire.OP_ADD && type != Wire.OP_APPEND && type != Wire.OP_PREPEND) {
            return ResultCode.PARAMETER_ERROR;
        }
        byte[] name = msg.opName(op);
        int index = indexOf(bins, name);
        Bin operand = new Bin(name, msg.opParticleType(op), msg.opValue(op));
        if (type != Wire.OP_WRITE && operand.particleType() == Wire.PARTICLE_NULL) {
            // Only a write may carry "no value" (it deletes the bin); a modify needs an operand.
            return ResultCode.PARAMETER_ERROR;
        }
        if (operand.particleType() != Wire.PARTICLE_NULL
                && !ParticleCheck.isValid(operand.particleType(), operand.value())) {
            return ResultCode.PARAMETER_ERROR;
        }
        return switch (type) {
            case Wire.OP_WRITE -> write(bins, index, operand);
            case Wire.OP_ADD -> add(bins, index, operand);
            default -> concatenate(bins, index, operand, type == Wire.OP_PREPEND);
        };
    }

    private static int write(List<Bin> bins, int index, Bin operand) {
        if (operand.particleType() == Wire.PARTICLE_NULL) {
            if (index >= 0) {
                bins.remove(index);
            }
        } else {
            set(bins, index, operand);
        }
        return ResultCode.OK;
    }

    /** As on a real server, a missing bin takes the operand whatever its type ("all modifies become creates"). */
    private static int add(List<Bin> bins, int index, Bin operand) {
        int type = operand.particleType();
        if (index < 0) {
            set(bins, index, operand);
            return ResultCode.OK;
        }
        Bin current = bins.get(index);
        if (current.particleType() != type || (type != Wire.PARTICLE_INTEGER && type != Wire.PARTICLE_DOUBLE)) {
            return ResultCode.BIN_TYPE_ERROR;
        }
        byte[] sum = new byte[8];
        if (type == Wire.PARTICLE_INTEGER) {
            Wire.writeLong(sum, 0, integer(current.value()) + integer(operand.value()));
        } else {
            double total = Double.longBitsToDouble(integer(current.value()))
                    + Double.longBitsToDouble(integer(operand.value()));
            Wire.writeLong(sum, 0, Double.doubleToRawLongBits(total));
        }
        bins.set(index, new Bin(current.name(), type, sum));
        return ResultCode.OK;
    }

    private static int concatenate(List<Bin> bins, int index, Bin operand, boolean prepend) {
        int type = operand.particleType();
        if (index < 0) {
            set(bins, index, operand);
            return ResultCode.OK;
        }
        Bin current = bins.get(index);
        if (current.particleType() != type || (type != Wire.PARTICLE_STRING && type != Wire.PARTICLE_BLOB)) {
            return ResultCode.BIN_TYPE_ERROR;
        }
        byte[] first = prepend ? operand.value() : current.value();
        byte[] second = prepend ? current.value() : operand.value();
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        bins.set(index, new Bin(current.name(), type, joined));
        return ResultCode.OK;
    }

    private static void set(List<Bin> bins, int index, Bin bin) {
        if (index >= 0) {
            bins.set(index, bin);
        } else {
            bins.add(bin);
        }
    }

    private static int indexOf(List<Bin> bins, byte[] name) {
        for (int i = 0; i < bins.size(); i++) {
            if (bins.get(i).hasName(name)) {
                return i;
            }
        }
        return -1;
    }

    private static long integer(byte[] value) {
        long result = 0;
        for (byte b : value) {
            result = (result << 8) | (b & 0xFF);
        }
        return result;
    }
}
