package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.listBin;
import static dev.aerobench.server.contract.ContractAssertions.mapBin;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ServerContract
@DisplayName("Every particle type is stored and returned intact")
class ParticleTypeContractTest {

    static Stream<Arguments> values() {
        byte[] allBytes = new byte[256];
        for (int i = 0; i < allBytes.length; i++) {
            allBytes[i] = (byte) i;
        }
        return Stream.of(
                Arguments.of("int", Value.get(42), 42L),
                Arguments.of("negative int", Value.get(-1), -1L),
                Arguments.of("Long.MAX_VALUE", Value.get(Long.MAX_VALUE), Long.MAX_VALUE),
                Arguments.of("Long.MIN_VALUE", Value.get(Long.MIN_VALUE), Long.MIN_VALUE),
                Arguments.of("zero", Value.get(0L), 0L),
                Arguments.of("double", Value.get(3.141592653589793), 3.141592653589793),
                Arguments.of("negative zero", Value.get(-0.0), -0.0),
                Arguments.of("Double.MAX_VALUE", Value.get(Double.MAX_VALUE), Double.MAX_VALUE),
                Arguments.of("infinity", Value.get(Double.NEGATIVE_INFINITY), Double.NEGATIVE_INFINITY),
                Arguments.of("float widened", Value.get(1.5f), 1.5),
                Arguments.of("ascii string", Value.get("hello"), "hello"),
                Arguments.of(
                        "UTF-8 string", Value.get("Grüße, 日本語, emoji \uD83D\uDE80"), "Grüße, 日本語, emoji \uD83D\uDE80"),
                Arguments.of("empty string", Value.get(""), ""),
                Arguments.of("blob of every byte", Value.get(allBytes), allBytes),
                Arguments.of("true", Value.get(true), true),
                Arguments.of("false", Value.get(false), false),
                Arguments.of("list", Value.get(List.of(1L, "two", 3.5, true)), List.of(1L, "two", 3.5, true)),
                Arguments.of("empty list", Value.get(List.of()), List.of()),
                Arguments.of(
                        "nested list",
                        Value.get(List.of(List.of(1L, 2L), List.of())),
                        List.of(List.of(1L, 2L), List.of())),
                Arguments.of("map", Value.get(Map.of("a", 1L, "b", "x")), Map.of("a", 1L, "b", "x")),
                Arguments.of("nested map", Value.get(nestedMap()), nestedMap()),
                Arguments.of("empty map", Value.get(Map.of()), Map.of()),
                Arguments.of(
                        "GeoJSON point",
                        Value.getAsGeoJSON("{\"type\":\"Point\",\"coordinates\":[13.4,52.5]}"),
                        Value.getAsGeoJSON("{\"type\":\"Point\",\"coordinates\":[13.4,52.5]}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    @DisplayName("a bin value comes back equal to what was put")
    void roundTrip(String label, Value written, Object expected, AerospikeClient client, TestSet set) {
        Key key = set.key(label);

        client.put(null, key, new Bin("v", written));

        assertThat(client.get(null, key).getValue("v")).isEqualTo(expected);
    }

    @Test
    @DisplayName("a sorted map comes back as a key-ordered TreeMap")
    void sortedMapComesBackAsTreeMap(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        TreeMap<String, Long> sorted = new TreeMap<>(Map.of("zeta", 26L, "alpha", 1L, "mu", 12L));

        client.put(null, key, new Bin("m", sorted));

        Object value = client.get(null, key).getValue("m");
        assertThat(value).isInstanceOf(TreeMap.class).isEqualTo(sorted);
        assertThat(((TreeMap<?, ?>) value).firstKey()).isEqualTo("alpha");
    }

    @Test
    @DisplayName("a map keeps integer keys and map values of mixed types")
    void mapWithIntegerKeys(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        Map<Object, Object> map = new HashMap<>();
        map.put(1L, "one");
        map.put(-2L, List.of(2L));
        map.put(3L, new byte[] {3});

        client.put(null, key, new Bin("m", map));

        Map<Object, Object> stored = mapBin(client.get(null, key), "m");
        assertThat(stored).containsOnlyKeys(1L, -2L, 3L);
        assertThat(stored.get(1L)).isEqualTo("one");
        assertThat(stored.get(-2L)).isEqualTo(List.of(2L));
        assertThat((byte[]) stored.get(3L)).containsExactly(3);
    }

    @Test
    @DisplayName("a record can hold one bin of every type at once, each read back by its typed getter")
    void oneRecordWithEveryType(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        byte[] blob = "blob".getBytes(StandardCharsets.UTF_8);
        client.put(
                null,
                key,
                new Bin("i", 7),
                new Bin("d", 0.25),
                new Bin("s", "str"),
                new Bin("b", blob),
                new Bin("t", true),
                new Bin("l", List.of(1L)),
                new Bin("m", Map.of("k", "v")),
                new Bin("g", Value.getAsGeoJSON("{\"type\":\"Point\",\"coordinates\":[0.0,0.0]}")));

        Record record = client.get(null, key);

        assertThat(record.getLong("i")).isEqualTo(7);
        assertThat(record.getDouble("d")).isEqualTo(0.25);
        assertThat(record.getString("s")).isEqualTo("str");
        assertThat((byte[]) record.getValue("b")).isEqualTo(blob);
        assertThat(record.getBoolean("t")).isTrue();
        assertThat(listBin(record, "l")).containsExactly(1L);
        assertThat(mapBin(record, "m")).containsExactlyEntriesOf(Map.of("k", "v"));
        assertThat(record.getGeoJSONString("g")).isEqualTo("{\"type\":\"Point\",\"coordinates\":[0.0,0.0]}");
    }

    @Test
    @DisplayName("a long string of 100 KiB survives unchanged")
    void longString(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        char[] chars = new char[100 * 1024];
        Arrays.fill(chars, 'ü');
        String text = new String(chars);

        client.put(null, key, new Bin("s", text));

        assertThat(client.get(null, key).getString("s")).isEqualTo(text);
    }

    private static Map<String, Object> nestedMap() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("list", new ArrayList<>(List.of(1L, "x")));
        inner.put("flag", false);
        Map<String, Object> outer = new HashMap<>();
        outer.put("inner", inner);
        outer.put("n", -5L);
        return outer;
    }
}
