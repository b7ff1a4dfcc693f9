package dev.aerobench.server;

import dev.aerobench.server.MsgCodec.MsgFormatException;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayList;
import java.util.List;

/**
 * HyperLogLog operations ({@code HLLOperation} in the official clients) on HLL bins, with the
 * argument checks, flags and result codes of the real server's {@code particle_hll.c}: modify codes
 * 0-4 (init, add, set-union, refresh-count, fold) and read codes 50-56 (count, union, union count,
 * intersect count, similarity, describe, may-contain). The sketch itself is {@link HyperMinHash}.
 */
final class HllOperations {

    static final int INIT = 0;
    static final int ADD = 1;
    static final int SET_UNION = 2;
    static final int REFRESH_COUNT = 3;
    static final int FOLD = 4;
    static final int COUNT = 50;
    static final int GET_UNION = 51;
    static final int UNION_COUNT = 52;
    static final int INTERSECT_COUNT = 53;
    static final int SIMILARITY = 54;
    static final int DESCRIBE = 55;
    static final int MAY_CONTAIN = 56;

    static final int CREATE_ONLY = 1;
    static final int UPDATE_ONLY = 2;
    static final int NO_FAIL = 4;
    static final int ALLOW_FOLD = 8;

    /** An index or minhash bit count the client leaves to the server (-1 on the wire). */
    private static final int UNSET = -1;

    private HllOperations() {}

    /**
     * Applies operation {@code op} of {@code msg} to {@code context}.
     *
     * @return {@link ResultCode#OK} or why the whole command fails
     */
    static int apply(Message msg, int op, OpContext context, boolean modify) {
        MsgValue payload;
        try {
            payload = MsgCodec.unpack(msg.opValue(op));
        } catch (MsgFormatException malformed) {
            return ResultCode.PARAMETER_ERROR;
        }
        byte[] name = msg.opName(op);
        Bin bin = context.bin(name);
        if (!modify && bin == null) {
            return ResultCode.OK; // a read of a missing bin returns nothing
        }
        int type = bin == null ? -1 : bin.particleType();
        byte[] value = bin == null ? null : bin.value();
        CdtResult result = modify ? modify(type, value, payload) : read(type, value, payload);
        if (!result.ok()) {
            return result.resultCode();
        }
        if (result.updated() != null) {
            context.put(toBin(name, result.updated()));
        }
        if (result.returned() != null) {
            context.response = toBin(name, result.returned());
        }
        return ResultCode.OK;
    }

    /** A returned value as a bin; an HLL travels as a blob-like value with particle type 18. */
    static Bin toBin(byte[] name, MsgValue value) {
        return new Bin(name, MsgCodec.particleType(value), MsgCodec.particleBytes(value));
    }

    /** An HLL sketch as a value: bytes with particle type 18. */
    static MsgValue hllValue(HyperMinHash sketch) {
        return Bytes.withType(ParticleCheck.PARTICLE_HLL, sketch.data);
    }

    /**
     * A modify operation on a bin of {@code particleType} holding {@code value} ({@code null}: no
     * bin). The updated value is an HLL as {@link #hllValue}, {@code null} when nothing changes.
     */
    static CdtResult modify(int particleType, byte[] value, MsgValue payload) {
        if (value != null && !isHll(particleType, value)) {
            return CdtResult.error(
                    particleType != ParticleCheck.PARTICLE_HLL ? ResultCode.BIN_TYPE_ERROR : ResultCode.SERVER_ERROR);
        }
        HllArgs args = HllArgs.parse(payload, false);
        if (args == null) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        boolean noFail = (args.flags & NO_FAIL) != 0;
        if (value != null && (args.flags & CREATE_ONLY) != 0) {
            return noFail ? CdtResult.read(null) : CdtResult.error(ResultCode.BIN_EXISTS_ERROR);
        }
        if (value == null && (args.flags & UPDATE_ONLY) != 0) {
            return noFail ? CdtResult.read(null) : CdtResult.error(ResultCode.BIN_NOT_FOUND);
        }
        HyperMinHash old = value == null ? null : HyperMinHash.copyOf(value);
        return switch (args.code) {
            case INIT -> init(old, args);
            case ADD -> add(old, args);
            case SET_UNION -> setUnion(old, args);
            case REFRESH_COUNT -> refreshCount(old);
            default -> fold(old, args);
        };
    }

    /** A read operation on a bin of {@code particleType} holding {@code value}. */
    static CdtResult read(int particleType, byte[] value, MsgValue payload) {
        if (!isHll(particleType, value)) {
            return CdtResult.error(
                    particleType != ParticleCheck.PARTICLE_HLL ? ResultCode.BIN_TYPE_ERROR : ResultCode.SERVER_ERROR);
        }
        HllArgs args = HllArgs.parse(payload, true);
        if (args == null) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        HyperMinHash sketch = HyperMinHash.copyOf(value);
        if ((args.code == INTERSECT_COUNT || args.code == SIMILARITY) && args.sketches.size() > 2) {
            int minhash = args.sketches.get(0).minhashBits();
            if (sketch.minhashBits() == 0 || sketch.minhashBits() != minhash) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
        }
        List<HyperMinHash> all = new ArrayList<>(args.sketches);
        all.add(sketch);
        MsgValue returned = switch (args.code) {
            case COUNT -> MsgValue.of(sketch.estimate());
            case GET_UNION -> hllValue(HyperMinHash.unionOf(all));
            case UNION_COUNT -> MsgValue.of(HyperMinHash.unionCount(all));
            case INTERSECT_COUNT -> MsgValue.of(HyperMinHash.intersectCount(all));
            case SIMILARITY -> MsgValue.of(HyperMinHash.similarity(all));
            case DESCRIBE -> MList.of(List.of(MsgValue.of(sketch.indexBits()), MsgValue.of(sketch.minhashBits())));
            default -> MsgValue.of(args.elements.stream().allMatch(sketch::mayContain) ? 1 : 0);
        };
        return CdtResult.read(returned);
    }

    private static boolean isHll(int particleType, byte[] value) {
        return particleType == ParticleCheck.PARTICLE_HLL && HyperMinHash.isValid(value);
    }

    private static CdtResult init(HyperMinHash old, HllArgs args) {
        int indexBits = args.indexBits;
        int minhashBits = args.minhashBits;
        if (old == null) {
            if (indexBits == UNSET) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            minhashBits = minhashBits == UNSET ? 0 : minhashBits;
        } else {
            indexBits = indexBits == UNSET ? old.indexBits() : indexBits;
            minhashBits = minhashBits == UNSET ? old.minhashBits() : minhashBits;
            if (!HyperMinHash.validCombination(indexBits, minhashBits)) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
        }
        return CdtResult.write(hllValue(HyperMinHash.create(indexBits, minhashBits)), null);
    }

    private static CdtResult add(HyperMinHash old, HllArgs args) {
        HyperMinHash sketch = old;
        if (sketch == null) {
            if (args.indexBits == UNSET) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            sketch = HyperMinHash.create(args.indexBits, args.minhashBits == UNSET ? 0 : args.minhashBits);
        }
        long added = 0;
        for (byte[] element : args.elements) {
            added += sketch.add(element) ? 1 : 0;
        }
        return CdtResult.write(hllValue(sketch), MsgValue.of(added));
    }

    private static CdtResult setUnion(HyperMinHash old, HllArgs args) {
        int minIndexBits = 0xFF;
        int minMinhashBits = 0xFF;
        for (HyperMinHash sketch : args.sketches) {
            minIndexBits = Math.min(minIndexBits, sketch.indexBits());
            if (sketch.minhashBits() != minMinhashBits) {
                minMinhashBits = minMinhashBits == 0xFF ? sketch.minhashBits() : 0;
            }
        }
        List<HyperMinHash> all = new ArrayList<>(args.sketches);
        if (old != null) {
            if ((args.flags & ALLOW_FOLD) == 0
                    && (old.indexBits() > minIndexBits
                            || (old.minhashBits() != 0 && old.minhashBits() != minMinhashBits))) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            all.add(old);
        }
        return CdtResult.write(hllValue(HyperMinHash.unionOf(all)), null);
    }

    private static CdtResult refreshCount(HyperMinHash old) {
        if (old == null) {
            return CdtResult.error(ResultCode.BIN_NOT_FOUND);
        }
        old.setCache(old.estimate());
        return CdtResult.write(hllValue(old), MsgValue.of(old.cache()));
    }

    private static CdtResult fold(HyperMinHash old, HllArgs args) {
        if (old == null) {
            return CdtResult.error(ResultCode.BIN_NOT_FOUND);
        }
        // An unset index bit count is 0xFF to the real server: more than any sketch has.
        int indexBits = args.indexBits == UNSET ? 0xFF : args.indexBits;
        if (old.minhashBits() > 0 || old.indexBits() < indexBits) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        if (old.indexBits() == indexBits) {
            return CdtResult.write(hllValue(old), null);
        }
        HyperMinHash folded = HyperMinHash.create(indexBits, 0);
        folded.union(old);
        return CdtResult.write(hllValue(folded), null);
    }

    /** The arguments of one HLL operation, checked as the real server's op table says. */
    private static final class HllArgs {
        int code;
        int indexBits = UNSET;
        int minhashBits = UNSET;
        long flags;
        List<byte[]> elements = List.of();
        List<HyperMinHash> sketches = List.of();

        /** The checked arguments, or {@code null} for a payload the real server answers 4. */
        static HllArgs parse(MsgValue payload, boolean read) {
            if (!(payload instanceof MList list)
                    || list.items().isEmpty()
                    || !(list.items().get(0) instanceof Int code)) {
                return null;
            }
            HllArgs args = new HllArgs();
            args.code = (int) code.value();
            if (code.value() != args.code) {
                return null;
            }
            List<MsgValue> rest = list.items().subList(1, list.items().size());
            Arg[] kinds = signature(args.code, read);
            if (kinds == null || rest.size() < minArgs(args.code, read) || rest.size() > kinds.length) {
                return null;
            }
            for (int i = 0; i < rest.size(); i++) {
                if (!args.accept(kinds[i], rest.get(i), allowedFlags(args.code))) {
                    return null;
                }
            }
            return args;
        }

        private boolean accept(Arg kind, MsgValue arg, int allowedFlags) {
            return switch (kind) {
                case INDEX_BITS -> arg instanceof Int n && acceptIndexBits(n.value());
                case MINHASH_BITS -> arg instanceof Int n && acceptMinhashBits(n.value());
                case FLAGS -> arg instanceof Int n && acceptFlags(n.value(), allowedFlags);
                case ELEMENTS -> acceptElements(arg);
                case SKETCHES -> acceptSketches(arg);
                case SKETCHES_SAME_MINHASH -> acceptSketches(arg) && sameMinhash();
            };
        }

        private boolean acceptIndexBits(long n) {
            if (n != UNSET && !HyperMinHash.validIndexBits(n)) {
                return false;
            }
            indexBits = (int) n;
            return true;
        }

        private boolean acceptMinhashBits(long n) {
            if (n == UNSET) {
                minhashBits = UNSET;
                return true;
            }
            if (!HyperMinHash.validMinhashBits(n)
                    || (indexBits != UNSET && !HyperMinHash.validCombination(indexBits, n))) {
                return false;
            }
            minhashBits = (int) n;
            return true;
        }

        private boolean acceptFlags(long n, int allowedFlags) {
            flags = n;
            return (n & ~allowedFlags) == 0 && !((n & CREATE_ONLY) != 0 && (n & UPDATE_ONLY) != 0);
        }

        private boolean acceptElements(MsgValue arg) {
            if (!(arg instanceof MList list) || list.items().isEmpty()) {
                return false;
            }
            List<byte[]> packed = new ArrayList<>();
            for (MsgValue element : list.items()) {
                if (element instanceof MList || element instanceof MMap) {
                    return false;
                }
                packed.add(MsgCodec.pack(element));
            }
            elements = packed;
            return true;
        }

        private boolean acceptSketches(MsgValue arg) {
            List<MsgValue> items;
            if (arg instanceof MList list) {
                if (list.items().isEmpty()) {
                    return false;
                }
                items = list.items();
            } else {
                items = List.of(arg);
            }
            List<HyperMinHash> parsed = new ArrayList<>();
            for (MsgValue item : items) {
                if (!(item instanceof Bytes bytes) || bytes.data().length < HyperMinHash.HEADER_BYTES + 1) {
                    return false;
                }
                byte[] content = bytes.content();
                if (!HyperMinHash.isValid(content)) {
                    return false;
                }
                parsed.add(HyperMinHash.copyOf(content));
            }
            sketches = parsed;
            return true;
        }

        /** More than two sketches must share a minhash bit count other than 0. */
        private boolean sameMinhash() {
            if (sketches.size() <= 2) {
                return true;
            }
            int minhash = sketches.get(0).minhashBits();
            return minhash != 0 && sketches.stream().allMatch(s -> s.minhashBits() == minhash);
        }

        private static Arg[] signature(int code, boolean read) {
            if (read) {
                return switch (code) {
                    case COUNT, DESCRIBE -> new Arg[0];
                    case GET_UNION, UNION_COUNT -> new Arg[] {Arg.SKETCHES};
                    case INTERSECT_COUNT, SIMILARITY -> new Arg[] {Arg.SKETCHES_SAME_MINHASH};
                    case MAY_CONTAIN -> new Arg[] {Arg.ELEMENTS};
                    default -> null;
                };
            }
            return switch (code) {
                case INIT -> new Arg[] {Arg.INDEX_BITS, Arg.MINHASH_BITS, Arg.FLAGS};
                case ADD -> new Arg[] {Arg.ELEMENTS, Arg.INDEX_BITS, Arg.MINHASH_BITS, Arg.FLAGS};
                case SET_UNION -> new Arg[] {Arg.SKETCHES, Arg.FLAGS};
                case REFRESH_COUNT -> new Arg[0];
                case FOLD -> new Arg[] {Arg.INDEX_BITS};
                default -> null;
            };
        }

        private static int minArgs(int code, boolean read) {
            if (read) {
                return signature(code, true).length;
            }
            return switch (code) {
                case ADD, SET_UNION, FOLD -> 1;
                default -> 0;
            };
        }

        private static int allowedFlags(int code) {
            return switch (code) {
                case INIT -> CREATE_ONLY | UPDATE_ONLY | NO_FAIL;
                case ADD -> CREATE_ONLY | NO_FAIL;
                case SET_UNION -> CREATE_ONLY | UPDATE_ONLY | ALLOW_FOLD | NO_FAIL;
                default -> 0;
            };
        }
    }

    private enum Arg {
        INDEX_BITS,
        MINHASH_BITS,
        FLAGS,
        ELEMENTS,
        SKETCHES,
        SKETCHES_SAME_MINHASH
    }
}
