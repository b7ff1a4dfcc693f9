package dev.aerobench.server;

/**
 * What a list or map get- or remove-by operation returns: the node's {@code result_type_t} and
 * {@code as_cdt_op_flags} ({@code proto.h}), one table for lists and maps as on the node. The
 * client's {@code ListReturnType} and {@code MapReturnType} each use a part of it.
 */
final class CdtReturnType {

    static final int NONE = 0;
    static final int INDEX = 1;
    static final int REVERSE_INDEX = 2;
    static final int RANK = 3;
    static final int REVERSE_RANK = 4;
    static final int COUNT = 5;
    static final int KEY = 6;
    static final int VALUE = 7;
    /** A map's key-value pairs; a list's values. */
    static final int KEY_VALUE = 8;

    static final int INDEX_RANGE = 9;
    static final int REVERSE_INDEX_RANGE = 10;
    static final int RANK_RANGE = 11;
    static final int REVERSE_RANK_RANGE = 12;
    static final int EXISTS = 13;
    static final int UNORDERED_MAP = 16;
    static final int ORDERED_MAP = 17;
    /** The flag that selects everything but what the operation names. */
    static final int INVERTED = 0x10000;
    /** The bits of the return type without its flags. */
    static final int TYPE_MASK = 0xffff;

    private CdtReturnType() {}
}
