package dev.aerobench.server.contract;

import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ScanCallback;
import com.aerospike.client.query.KeyRecord;
import com.aerospike.client.query.QueryListener;
import com.aerospike.client.query.RecordSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Collects the rows of a scan or query, from whatever thread the client delivers them on, so a
 * test can assert on them afterwards.
 */
final class ScannedRecords implements ScanCallback, QueryListener {

    private final List<KeyRecord> rows = new ArrayList<>();

    static ScannedRecords drain(RecordSet recordSet) {
        ScannedRecords collected = new ScannedRecords();
        try (recordSet) {
            while (recordSet.next()) {
                collected.add(recordSet.getKey(), recordSet.getRecord());
            }
        }
        return collected;
    }

    @Override
    public void scanCallback(Key key, Record record) {
        add(key, record);
    }

    @Override
    public void onRecord(Key key, Record record) {
        add(key, record);
    }

    synchronized void add(Key key, Record record) {
        rows.add(new KeyRecord(key, record));
    }

    synchronized List<KeyRecord> rows() {
        return List.copyOf(rows);
    }

    /** Hex digests of the rows, in arrival order (duplicates kept, so "exactly once" can be checked). */
    synchronized List<String> digests() {
        return rows.stream().map(row -> hex(row.key.digest)).toList();
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static List<String> digestsOf(Key... keys) {
        return java.util.Arrays.stream(keys).map(key -> hex(key.digest)).toList();
    }
}
