package dev.aerobench.server;

import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Dbl;
import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.Ext;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.Kind;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.Arrays;
import java.util.List;

/** Aerospike's order of msgpack values (see {@link MsgValue}). */
final class MsgOrder {

    private MsgOrder() {}

    /**
     * What a comparison answers once it meets a wildcard anywhere, however deep: the node's
     * {@code msgpack_cmp} stops there and calls the whole values equal, so {@code [1, *]} equals
     * {@code [1, "a", 3]}.
     */
    private static final int WILDCARD_MET = Integer.MIN_VALUE;

    static int compare(MsgValue a, MsgValue b) {
        int result = walk(a, b);
        return result == WILDCARD_MET ? 0 : result;
    }

    private static int walk(MsgValue a, MsgValue b) {
        Kind ka = a.kind();
        Kind kb = b.kind();
        if (ka == Kind.WILDCARD || kb == Kind.WILDCARD) {
            return WILDCARD_MET;
        }
        if (ka != kb) {
            return ka.compareTo(kb);
        }
        return switch (ka) {
            case NIL, FALSE, TRUE, INFINITY -> 0;
            case NEGINT, INT -> Long.compare(((Int) a).value(), ((Int) b).value());
            case STRING, BYTES, GEOJSON -> Arrays.compareUnsigned(((Bytes) a).data(), ((Bytes) b).data());
            case EXT -> compareExt((Ext) a, (Ext) b);
            case DOUBLE -> Double.compare(((Dbl) a).value(), ((Dbl) b).value());
            case LIST -> compareLists(((MList) a).items(), ((MList) b).items());
            case MAP -> compareMaps(((MMap) a).entries(), ((MMap) b).entries());
            case WILDCARD -> WILDCARD_MET;
        };
    }

    private static int compareExt(Ext a, Ext b) {
        // The server compares an ext's content bytes, then their length.
        return Arrays.compareUnsigned(a.data(), b.data());
    }

    private static int compareLists(List<MsgValue> a, List<MsgValue> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int result = walk(a.get(i), b.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareMaps(List<Entry> a, List<Entry> b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            int result = walk(a.get(i).key(), b.get(i).key());
            if (result == 0) {
                result = walk(a.get(i).value(), b.get(i).value());
            }
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }
}
