package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.server.MsgValue.MList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bounds of list and context calls that no client sends, so the contract suite cannot reach them. */
class ListOperationsTest {

    private static final MList ONE = MList.of(List.of(MsgValue.of(1)));

    @Test
    @DisplayName("every list code refuses one argument more than its table allows with PARAMETER_ERROR")
    void tooManyArguments() {
        int[] writes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 32, 33, 34, 35, 36, 37, 38, 39, 40};
        int[] reads = {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
        List<MsgValue> five = Collections.nCopies(5, MsgValue.of(0));

        for (int code : writes) {
            assertThat(ListOperations.apply(ONE, code, five, true).resultCode())
                    .as("write code %d", code)
                    .isEqualTo(ResultCode.PARAMETER_ERROR);
        }
        for (int code : reads) {
            assertThat(ListOperations.apply(ONE, code, five, false).resultCode())
                    .as("read code %d", code)
                    .isEqualTo(ResultCode.PARAMETER_ERROR);
        }
    }

    @Test
    @DisplayName("padding past what a record can hold is refused as RECORD_TOO_BIG, not built")
    void paddingBound() {
        List<MsgValue> args = List.of(MsgValue.of(ListWrites.MAX_PADDED_SIZE + 2L), MsgValue.of(7));

        CdtResult result = ListOperations.apply(ONE, ListOperations.INSERT, args, true);

        assertThat(result.resultCode()).isEqualTo(ResultCode.RECORD_TOO_BIG);
    }

    @Test
    @DisplayName("a context deeper than a stored value can nest is a parameter error")
    void contextDepthBound() {
        List<MsgValue> pairs = new ArrayList<>();
        IntStream.range(0, MsgCodec.MAX_DEPTH + 1).forEach(i -> {
            pairs.add(MsgValue.of(CdtContext.LIST | 0x40));
            pairs.add(MsgValue.of(0));
        });
        CdtOperations.Call call = new CdtOperations.Call(pairs, ListOperations.APPEND, List.of(MsgValue.of(1)));

        assertThat(CdtContext.apply(null, call, true).resultCode()).isEqualTo(ResultCode.PARAMETER_ERROR);
    }

    @Test
    @DisplayName("a value nested deeper than the codec reads back is recognised")
    void deeperThan() {
        MsgValue value = MsgValue.of(1);
        for (int i = 0; i < 3; i++) {
            value = MList.of(List.of(value));
        }

        assertThat(CdtOperations.deeperThan(value, 3)).isFalse();
        assertThat(CdtOperations.deeperThan(value, 2)).isTrue();
    }
}
