package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.util.Packer;
import com.aerospike.client.util.Unpacker;
import dev.aerobench.server.MsgCodec.MsgFormatException;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MsgCodecTest {

    @Test
    void readsWhatTheOfficialClientPacks() {
        byte[] packed = Packer.pack(List.of(1L, "two", 3.5, -200L, 1L << 40, new byte[] {9}, true));

        MsgValue value = MsgCodec.unpack(packed);

        assertThat(value).isInstanceOf(MList.class);
        assertThat(((MList) value).items())
                .containsExactly(
                        MsgValue.of(1),
                        MsgValue.string("two"),
                        MsgValue.of(3.5),
                        MsgValue.of(-200),
                        MsgValue.of(1L << 40),
                        MsgValue.blob(new byte[] {9}),
                        MsgValue.TRUE);
        assertThat(((MList) value).flags()).isZero();
    }

    @Test
    void packsTheShortestEncodingTheClientAlsoWrites() {
        List<Object> values = List.of(
                0L,
                127L,
                128L,
                255L,
                256L,
                65535L,
                65536L,
                1L << 32,
                -1L,
                -32L,
                -33L,
                -128L,
                -129L,
                -32768L,
                -32769L,
                (long) Integer.MIN_VALUE,
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                "x".repeat(40),
                "y".repeat(300));
        byte[] clientBytes = Packer.pack(values);

        List<MsgValue> items = new ArrayList<>();
        for (Object v : values) {
            items.add(v instanceof Long l ? MsgValue.of(l) : MsgValue.string((String) v));
        }

        assertThat(MsgCodec.pack(MList.of(items))).isEqualTo(clientBytes);
    }

    @Test
    void keyOrderedMapKeepsItsHeaderBothWays() {
        byte[] packed = Packer.pack(new TreeMap<>(Map.of("b", 2L, "a", 1L)), MapOrder.KEY_ORDERED);

        MsgValue value = MsgCodec.unpack(packed);

        assertThat(value).isInstanceOf(MMap.class);
        MMap map = (MMap) value;
        assertThat(map.flags()).isEqualTo(MMap.KEY_ORDERED);
        assertThat(map.entries())
                .containsExactly(
                        new Entry(MsgValue.string("a"), MsgValue.of(1)),
                        new Entry(MsgValue.string("b"), MsgValue.of(2)));
        assertThat(MsgCodec.pack(map)).isEqualTo(packed);
        assertThat(Unpacker.unpackObjectMap(MsgCodec.pack(map), 0, packed.length))
                .isInstanceOf(TreeMap.class)
                .isEqualTo(Map.of("a", 1L, "b", 2L));
    }

    @Test
    void unorderedMapRoundTripsThroughTheClient() {
        Map<Object, Object> source = new LinkedHashMap<>();
        source.put("z", List.of(1L, 2L));
        source.put(7L, Map.of("in", 1.5));
        byte[] packed = Packer.pack(source, MapOrder.UNORDERED);

        MsgValue value = MsgCodec.unpack(packed);

        assertThat(((MMap) value).flags()).isZero();
        assertThat(MsgCodec.pack(value)).isEqualTo(packed);
    }

    @Test
    void ordersKindsAsTheServerDoes() {
        List<MsgValue> sorted = List.of(
                MsgValue.NIL,
                MsgValue.FALSE,
                MsgValue.TRUE,
                MsgValue.of(-5),
                MsgValue.of(-1),
                MsgValue.of(0),
                MsgValue.of(Long.MAX_VALUE),
                MsgValue.string(""),
                MsgValue.string("a"),
                MsgValue.string("ab"),
                MsgValue.string("b"),
                MList.of(List.of()),
                MList.of(List.of(MsgValue.of(1))),
                MList.of(List.of(MsgValue.of(1), MsgValue.of(0))),
                MList.of(List.of(MsgValue.of(2))),
                new MMap(List.of(new Entry(MsgValue.of(9), MsgValue.of(9))), 0),
                new MMap(
                        List.of(new Entry(MsgValue.of(1), MsgValue.of(1)), new Entry(MsgValue.of(2), MsgValue.of(2))),
                        0),
                MsgValue.blob(new byte[] {1}),
                MsgValue.of(Double.NEGATIVE_INFINITY),
                MsgValue.of(-1.5),
                MsgValue.of(0.5),
                MsgValue.INFINITY);

        List<MsgValue> shuffled = new ArrayList<>(sorted);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(null);

        assertThat(shuffled).containsExactlyElementsOf(sorted);
    }

    @Test
    void wildcardMatchesEverythingAndInfinityIsLast() {
        byte[] packed = {(byte) 0x92, 0x01, (byte) 0xd4, (byte) 0xff, 0x00};

        MList pattern = (MList) MsgCodec.unpack(packed);

        assertThat(pattern.items().get(1)).isSameAs(MsgValue.WILDCARD);
        assertThat(pattern.sameAs(MList.of(List.of(MsgValue.of(1), MsgValue.string("anything")))))
                .isTrue();
        assertThat(pattern.sameAs(MList.of(List.of(MsgValue.of(2), MsgValue.string("anything")))))
                .isFalse();
        // The node stops at the wildcard: the rest of a longer list, and what follows, match too.
        assertThat(pattern.sameAs(MList.of(List.of(MsgValue.of(1), MsgValue.string("a"), MsgValue.of(3)))))
                .isTrue();
        MList nested = MList.of(List.of(pattern, MsgValue.of(9)));
        assertThat(nested.sameAs(MList.of(List.of(MList.of(List.of(MsgValue.of(1), MsgValue.NIL)), MsgValue.of(0)))))
                .isTrue();
        assertThat(MsgCodec.unpack(new byte[] {(byte) 0xd4, (byte) 0xff, 0x01})).isSameAs(MsgValue.INFINITY);
        assertThat(MsgCodec.pack(pattern)).isEqualTo(packed);
    }

    @Test
    void stringsCarryTheirParticleType() {
        Bytes text = (Bytes)
                ((MList) MsgCodec.unpack(Packer.pack(List.of("héllo")))).items().get(0);

        assertThat(text.kind()).isEqualTo(MsgValue.Kind.STRING);
        assertThat(text.data()[0]).isEqualTo((byte) Wire.PARTICLE_STRING);
        assertThat(text.text()).isEqualTo("héllo");
        assertThat(MsgValue.blob(new byte[] {3}).kind()).isEqualTo(MsgValue.Kind.BYTES);
    }

    @Test
    void refusesMalformedPayloadsWithoutReadingPastThem() {
        assertThatThrownBy(() -> MsgCodec.unpack(new byte[] {(byte) 0x92, 0x01}))
                .isInstanceOf(MsgFormatException.class)
                .hasMessageContaining("cut off");
        assertThatThrownBy(() -> MsgCodec.unpack(new byte[] {(byte) 0xdb, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}))
                .isInstanceOf(MsgFormatException.class)
                .hasMessageContaining("beyond");
        assertThatThrownBy(() -> MsgCodec.unpack(new byte[] {0x01, 0x02}))
                .isInstanceOf(MsgFormatException.class)
                .hasMessageContaining("after the value");
        assertThatThrownBy(() -> MsgCodec.unpack(new byte[] {(byte) 0xc1}))
                .isInstanceOf(MsgFormatException.class)
                .hasMessageContaining("0xc1");
        byte[] deep = new byte[MsgCodec.MAX_DEPTH + 2];
        Arrays.fill(deep, (byte) 0x91);
        deep[deep.length - 1] = 0x01;
        assertThatThrownBy(() -> MsgCodec.unpack(deep))
                .isInstanceOf(MsgFormatException.class)
                .hasMessageContaining("deeper");
    }

    @Test
    void binValuesConvertBothWays() {
        MsgValue fromInt = MsgCodec.fromParticle(Wire.PARTICLE_INTEGER, new byte[] {0, 0, 0, 0, 0, 0, 1, 0});
        MsgValue fromString = MsgCodec.fromParticle(Wire.PARTICLE_STRING, "ab".getBytes());

        assertThat(fromInt).isEqualTo(MsgValue.of(256));
        assertThat(fromString).isEqualTo(MsgValue.string("ab"));
        assertThat(MsgCodec.particleType(fromString)).isEqualTo(Wire.PARTICLE_STRING);
        assertThat(MsgCodec.particleBytes(fromString)).isEqualTo("ab".getBytes());
        assertThat(MsgCodec.particleBytes(fromInt)).containsExactly(0, 0, 0, 0, 0, 0, 1, 0);
    }
}
