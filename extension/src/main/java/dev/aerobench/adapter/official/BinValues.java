package dev.aerobench.adapter.official;

import com.aerospike.client.Bin;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Converts between the adapter's JDK-typed bin maps and the client's {@link Bin}/{@link Record}. */
final class BinValues {

    private BinValues() {}

    /**
     * One {@link Bin} per map entry; values must be Long, Integer, Double, String, byte[], Boolean, or
     * a List or Map of those (stored as a list or an unordered map bin).
     */
    static Bin[] toBins(Map<String, Object> bins) {
        Bin[] result = new Bin[bins.size()];
        int i = 0;
        for (Map.Entry<String, Object> bin : bins.entrySet()) {
            result[i++] = new Bin(bin.getKey(), toValue(bin.getKey(), bin.getValue()));
        }
        return result;
    }

    /** The record's bins, or {@code null} when the record does not exist. */
    static Map<String, Object> toMap(Record record) {
        if (record == null) {
            return null;
        }
        // A record read without bin data has no map; present it as existing but empty.
        return record.bins == null ? Map.of() : record.bins;
    }

    /** One entry per record, {@code null} where a record does not exist. */
    static List<Map<String, Object>> toMaps(Record[] records) {
        List<Map<String, Object>> result = new ArrayList<>(records.length);
        for (Record record : records) {
            result.add(toMap(record));
        }
        return result;
    }

    static Value toValue(String name, Object value) {
        if (value instanceof Long l) {
            return Value.get(l.longValue());
        }
        if (value instanceof Integer n) {
            return Value.get(n.longValue());
        }
        if (value instanceof Double d) {
            return Value.get(d.doubleValue());
        }
        if (value instanceof String s) {
            return Value.get(s);
        }
        if (value instanceof byte[] bytes) {
            return Value.get(bytes);
        }
        if (value instanceof Boolean b) {
            return Value.get(b.booleanValue());
        }
        if (value instanceof List<?> list) {
            return Value.get(list);
        }
        if (value instanceof Map<?, ?> map) {
            return Value.get(map);
        }
        throw new IllegalArgumentException("Bin '" + name + "' has a value of type "
                + (value == null ? "null" : value.getClass().getName())
                + "; aerobench adapters take Long, Integer, Double, String, byte[], Boolean, List or Map");
    }
}
