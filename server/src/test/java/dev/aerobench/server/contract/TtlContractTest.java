package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * TTL and void time, with the server's clock injected: expiry is tested by moving the clock, never
 * by sleeping. The clock starts at the wall clock before each test.
 */
@ServerContract
@DisplayName("TTL, void time and expiry")
class TtlContractTest {

    /** The official container's namespace default-ttl (30d). */
    private static final int CONTAINER_DEFAULT_TTL_SECONDS = 30 * 24 * 3600;

    @Test
    @DisplayName("a positive TTL sets the void time to now plus the TTL")
    void positiveTtl(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");

        client.put(ttl(client, 100), key, new Bin("a", 1));

        Record record = client.get(null, key);
        assertThat(record.expiration).isEqualTo(clock.voidTimeAfter(100));
        assertThat(record.getTimeToLive()).isBetween(90, 100);
    }

    @Test
    @DisplayName("TTL 0 applies the namespace default TTL of the official container (30 days)")
    void zeroTtlIsNamespaceDefault(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");

        client.put(ttl(client, 0), key, new Bin("a", 1));

        assertThat(client.getHeader(null, key).expiration)
                .isEqualTo(clock.voidTimeAfter(CONTAINER_DEFAULT_TTL_SECONDS));
    }

    @Test
    @DisplayName("TTL -1 means never expire: void time 0 and getTimeToLive -1")
    void minusOneNeverExpires(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");

        client.put(ttl(client, -1), key, new Bin("a", 1));
        clock.advance(Duration.ofDays(3650));

        Record record = client.get(null, key);
        assertThat(record.expiration).isZero();
        assertThat(record.getTimeToLive()).isEqualTo(-1);
    }

    @Test
    @DisplayName("TTL -2 keeps the void time the record already has")
    void minusTwoKeepsVoidTime(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");
        client.put(ttl(client, 100), key, new Bin("a", 1));
        int voidTime = client.getHeader(null, key).expiration;
        clock.advance(Duration.ofSeconds(40));

        client.put(ttl(client, -2), key, new Bin("a", 2));

        Record record = client.get(null, key);
        assertThat(record.expiration).isEqualTo(voidTime);
        assertThat(record.getLong("a")).isEqualTo(2);
    }

    @Test
    @DisplayName("an update without -2 computes a new void time from the write's TTL")
    void updateResetsVoidTime(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");
        client.put(ttl(client, 100), key, new Bin("a", 1));
        clock.advance(Duration.ofSeconds(40));

        client.put(ttl(client, 500), key, new Bin("a", 2));

        assertThat(client.getHeader(null, key).expiration).isEqualTo(clock.voidTimeAfter(500));
    }

    @Test
    @DisplayName("touch with a TTL moves the void time")
    void touchMovesVoidTime(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");
        client.put(ttl(client, 100), key, new Bin("a", 1));
        clock.advance(Duration.ofSeconds(90));

        client.touch(ttl(client, 100), key);
        clock.advance(Duration.ofSeconds(90));

        Record record = client.get(null, key);
        assertThat(record.expiration).isEqualTo(clock.voidTimeAfter(10));
        assertThat(record.generation).isEqualTo(2);
    }

    @Test
    @DisplayName("a record is readable until its void time and gone after it")
    void recordExpires(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");
        client.put(ttl(client, 10), key, new Bin("a", 1));

        clock.advance(Duration.ofSeconds(9));
        assertThat(client.get(null, key)).isNotNull();

        clock.advance(Duration.ofSeconds(2));
        assertThat(client.get(null, key)).isNull();
        assertThat(client.getHeader(null, key)).isNull();
        assertThat(client.exists(null, key)).isFalse();
        assertThat(client.operate(null, key, Operation.get())).isNull();
    }

    @Test
    @DisplayName("an expired record is absent for writes too: CREATE_ONLY succeeds, touch and UPDATE_ONLY fail")
    void expiredRecordIsAbsentForWrites(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");
        client.put(ttl(client, 10), key, new Bin("old", 1));
        clock.advance(Duration.ofSeconds(11));

        assertResultCode(() -> client.touch(null, key), ResultCode.KEY_NOT_FOUND_ERROR);
        WritePolicy updateOnly = ttl(client, -1);
        updateOnly.recordExistsAction = RecordExistsAction.UPDATE_ONLY;
        assertResultCode(() -> client.put(updateOnly, key, new Bin("new", 2)), ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(client.delete(null, key)).isFalse();

        WritePolicy createOnly = ttl(client, -1);
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;
        client.put(createOnly, key, new Bin("new", 2));
        assertThat(client.get(null, key).bins).containsOnlyKeys("new");
    }

    @Test
    @DisplayName("expired records are left out of scans and batch reads")
    void expiredRecordsLeaveScansAndBatches(AerospikeClient client, MutableClock clock, TestSet set) {
        Key shortLived = set.key("short");
        Key longLived = set.key("long");
        client.put(ttl(client, 10), shortLived, new Bin("a", 1));
        client.put(ttl(client, 1000), longLived, new Bin("a", 2));
        clock.advance(Duration.ofSeconds(11));

        List<Key> scanned = new ArrayList<>();
        client.scanAll(null, set.namespace(), set.name(), (key, record) -> scanned.add(key));
        Record[] batch = client.get(null, new Key[] {shortLived, longLived});

        assertThat(scanned).extracting(key -> key.digest).containsExactly(longLived.digest);
        assertThat(batch[0]).isNull();
        assertThat(batch[1].getLong("a")).isEqualTo(2);
    }

    private static WritePolicy ttl(AerospikeClient client, int expiration) {
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.expiration = expiration;
        return policy;
    }
}
