package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Map operations with random codes and arguments answer a result code, never an exception")
class MapOperationsFuzzTest {

    private static final Set<Integer> RESULT_CODES = Set.of(
            ResultCode.OK,
            ResultCode.PARAMETER_ERROR,
            ResultCode.BIN_TYPE_ERROR,
            ResultCode.ELEMENT_NOT_FOUND,
            ResultCode.ELEMENT_EXISTS,
            ResultCode.OP_NOT_APPLICABLE);

    @Test
    @DisplayName("every random call answers a known code, and a written map is packable and key-sorted")
    void randomCalls() {
        for (long seed = 0; seed < 5_000; seed++) {
            Random random = new Random(seed);
            MsgValue current =
                    random.nextInt(5) == 0 ? null : random.nextInt(8) == 0 ? value(random, 2) : map(random, 2);
            int code = 60 + random.nextInt(55);
            List<MsgValue> args = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                args.add(random.nextBoolean() ? MsgValue.of(smallInt(random)) : value(random, 2));
            }
            boolean modify = random.nextBoolean();

            CdtResult result = MapOperations.apply(current, code, args, modify);

            String call = "seed " + seed + ": " + code + " " + args + " on " + current;
            assertThat(RESULT_CODES).as(call).contains(result.resultCode());
            if (result.updated() != null) {
                assertThat(result.updated()).as(call).isInstanceOfSatisfying(MMap.class, map -> {
                    assertThat(map.entries()).as(call).isSortedAccordingTo(Comparator.comparing(Entry::key));
                    assertThat(MsgCodec.unpack(MsgCodec.pack(map))).as(call).isEqualTo(map);
                });
            }
            if (result.returned() != null) {
                assertThat(MsgCodec.pack(result.returned())).as(call).isNotEmpty();
            }
        }
    }

    private static long smallInt(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> CdtReturnType.INVERTED | random.nextInt(18);
            case 1 -> Long.MIN_VALUE + random.nextInt(3);
            case 2 -> -random.nextInt(8);
            case 3 -> 0xFFFF_FFFFL;
            default -> random.nextInt(18);
        };
    }

    private static MsgValue map(Random random, int depth) {
        List<Entry> entries = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            MsgValue key =
                    random.nextBoolean() ? MsgValue.of(random.nextInt(5)) : MsgValue.string("k" + random.nextInt(5));
            if (entries.stream().noneMatch(e -> e.key().sameAs(key))) {
                entries.add(new Entry(key, value(random, depth - 1)));
            }
        }
        entries.sort(Comparator.comparing(Entry::key));
        int[] flags = {0, MMap.KEY_ORDERED, MMap.KEY_VALUE_ORDERED};
        return new MMap(entries, flags[random.nextInt(flags.length)]);
    }

    private static MsgValue value(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 11 : 8)) {
            case 0 -> MsgValue.NIL;
            case 1 -> MsgValue.of(random.nextBoolean());
            case 2 -> MsgValue.of(random.nextInt(10) - 3);
            case 3 -> MsgValue.of(random.nextDouble());
            case 4 -> MsgValue.string("k" + random.nextInt(5));
            case 5 -> MsgValue.blob(new byte[] {(byte) random.nextInt(3)});
            case 6 -> MsgValue.WILDCARD;
            case 7 -> MsgValue.INFINITY;
            case 8 -> MList.of(List.of(value(random, depth - 1), value(random, depth - 1)));
            default -> map(random, depth - 1);
        };
    }
}
