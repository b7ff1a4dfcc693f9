package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.exp.BitExp;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpReadFlags;
import com.aerospike.client.exp.ExpWriteFlags;
import com.aerospike.client.exp.Expression;
import com.aerospike.client.exp.HLLExp;
import com.aerospike.client.operation.BitPolicy;
import com.aerospike.client.operation.HLLOperation;
import com.aerospike.client.operation.HLLPolicy;
import com.aerospike.client.query.RegexFlag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("expression read and write operations")
class ExpOperationContractTest {

    private static Key record(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(
                null,
                key,
                new Bin("i", 17),
                new Bin("neg", -5),
                new Bin("d", 2.5),
                new Bin("s", "Hello world"),
                new Bin("b", new byte[] {(byte) 0xf0, 0x0f}),
                new Bin("t", true));
        return key;
    }

    private static Object eval(AerospikeClient client, Key key, Exp exp) {
        Record record = client.operate(null, key, ExpOperation.read("r", Exp.build(exp), ExpReadFlags.DEFAULT));
        return record.getValue("r");
    }

    @Test
    @DisplayName("integer arithmetic wraps, divides with truncation, and min/max/abs work")
    void integerArithmetic(AerospikeClient client, TestSet set) {
        Key key = record(client, set);
        Exp i = Exp.intBin("i");

        assertThat(eval(client, key, Exp.add(i, Exp.val(3), Exp.intBin("neg")))).isEqualTo(15L);
        assertThat(eval(client, key, Exp.sub(i))).isEqualTo(-17L);
        assertThat(eval(client, key, Exp.sub(i, Exp.val(20)))).isEqualTo(-3L);
        assertThat(eval(client, key, Exp.mul(i, Exp.val(Long.MAX_VALUE)))).isEqualTo(Long.MAX_VALUE * 17);
        assertThat(eval(client, key, Exp.div(i, Exp.val(2), Exp.val(3)))).isEqualTo(2L);
        assertThat(eval(client, key, Exp.div(Exp.intBin("neg"), Exp.val(2)))).isEqualTo(-2L);
        assertThat(eval(client, key, Exp.mod(Exp.intBin("neg"), Exp.val(3)))).isEqualTo(-2L);
        assertThat(eval(client, key, Exp.abs(Exp.intBin("neg")))).isEqualTo(5L);
        assertThat(eval(client, key, Exp.min(i, Exp.val(3), Exp.intBin("neg")))).isEqualTo(-5L);
        assertThat(eval(client, key, Exp.max(i, Exp.val(3)))).isEqualTo(17L);
    }

    @Test
    @DisplayName("float arithmetic, pow, log, floor, ceil and conversions")
    void floatArithmetic(AerospikeClient client, TestSet set) {
        Key key = record(client, set);
        Exp d = Exp.floatBin("d");

        assertThat(eval(client, key, Exp.add(d, Exp.val(0.25)))).isEqualTo(2.75);
        assertThat(eval(client, key, Exp.div(d, Exp.val(0.0)))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat((double) eval(client, key, Exp.pow(d, Exp.val(2.0)))).isCloseTo(6.25, within(1e-12));
        assertThat((double) eval(client, key, Exp.log(Exp.val(8.0), Exp.val(2.0))))
                .isCloseTo(3.0, within(1e-12));
        assertThat(eval(client, key, Exp.floor(d))).isEqualTo(2.0);
        assertThat(eval(client, key, Exp.ceil(d))).isEqualTo(3.0);
        assertThat(eval(client, key, Exp.toInt(Exp.val(-2.9)))).isEqualTo(-2L);
        assertThat(eval(client, key, Exp.toFloat(Exp.intBin("i")))).isEqualTo(17.0);
    }

    @Test
    @DisplayName("integer bit operations and scans")
    void integerBits(AerospikeClient client, TestSet set) {
        Key key = record(client, set);
        Exp i = Exp.intBin("i");

        assertThat(eval(client, key, Exp.intAnd(i, Exp.val(0x11)))).isEqualTo(17L);
        assertThat(eval(client, key, Exp.intOr(i, Exp.val(0x2)))).isEqualTo(19L);
        assertThat(eval(client, key, Exp.intXor(i, Exp.val(1)))).isEqualTo(16L);
        assertThat(eval(client, key, Exp.intNot(i))).isEqualTo(-18L);
        assertThat(eval(client, key, Exp.lshift(i, Exp.val(2)))).isEqualTo(68L);
        assertThat(eval(client, key, Exp.rshift(Exp.intBin("neg"), Exp.val(60))))
                .isEqualTo(15L);
        assertThat(eval(client, key, Exp.arshift(Exp.intBin("neg"), Exp.val(1))))
                .isEqualTo(-3L);
        assertThat(eval(client, key, Exp.count(i))).isEqualTo(2L);
        assertThat(eval(client, key, Exp.lscan(i, Exp.val(true)))).isEqualTo(59L);
        assertThat(eval(client, key, Exp.rscan(i, Exp.val(true)))).isEqualTo(63L);
        assertThat(eval(client, key, Exp.lscan(Exp.val(-1), Exp.val(false)))).isEqualTo(-1L);
    }

    @Test
    @DisplayName("cond picks the first true branch; let and var name values")
    void condLetVar(AerospikeClient client, TestSet set) {
        Key key = record(client, set);

        Exp cond = Exp.cond(
                Exp.lt(Exp.intBin("i"), Exp.val(10)),
                Exp.val("small"),
                Exp.lt(Exp.intBin("i"), Exp.val(20)),
                Exp.val("medium"),
                Exp.val("large"));
        Exp let = Exp.let(
                Exp.def("x", Exp.mul(Exp.intBin("i"), Exp.val(2))),
                Exp.def("y", Exp.add(Exp.var("x"), Exp.val(1))),
                Exp.sub(Exp.var("y"), Exp.var("x")));

        assertThat(eval(client, key, cond)).isEqualTo("medium");
        assertThat(eval(client, key, let)).isEqualTo(1L);
    }

    @Test
    @DisplayName("comparisons, logic and regex (basic by default, extended and case-insensitive on request)")
    void comparisonsAndRegex(AerospikeClient client, TestSet set) {
        Key key = record(client, set);

        assertThat(eval(client, key, Exp.and(Exp.gt(Exp.intBin("i"), Exp.val(3)), Exp.boolBin("t"))))
                .isEqualTo(true);
        assertThat(eval(client, key, Exp.or(Exp.eq(Exp.stringBin("s"), Exp.val("x")), Exp.not(Exp.boolBin("t")))))
                .isEqualTo(false);
        assertThat(eval(client, key, Exp.exclusive(Exp.val(true), Exp.val(false), Exp.val(true))))
                .isEqualTo(false);
        assertThat(eval(client, key, Exp.ge(Exp.stringBin("s"), Exp.val("Hello"))))
                .isEqualTo(true);
        assertThat(eval(client, key, Exp.lt(Exp.blobBin("b"), Exp.val(new byte[] {(byte) 0xf1}))))
                .isEqualTo(true);
        assertThat(eval(client, key, Exp.regexCompare("^Hel*o w", RegexFlag.NONE, Exp.stringBin("s"))))
                .isEqualTo(true);
        assertThat(eval(client, key, Exp.regexCompare("l+o", RegexFlag.NONE, Exp.stringBin("s"))))
                .isEqualTo(false);
        assertThat(eval(client, key, Exp.regexCompare("l+o", RegexFlag.EXTENDED, Exp.stringBin("s"))))
                .isEqualTo(true);
        assertThat(eval(client, key, Exp.regexCompare("l\\{2\\}", RegexFlag.NONE, Exp.stringBin("s"))))
                .isEqualTo(true);
        assertThat(eval(client, key, Exp.regexCompare("^hello", RegexFlag.ICASE, Exp.stringBin("s"))))
                .isEqualTo(true);
        assertThat(eval(
                        client,
                        key,
                        Exp.regexCompare("[[:upper:]][[:lower:]]+ w", RegexFlag.EXTENDED, Exp.stringBin("s"))))
                .isEqualTo(true);
    }

    @Test
    @DisplayName("metadata: set name, key exists, bin exists, bin type, ttl and void time of a record without expiry")
    void metadata(AerospikeClient client, TestSet set) {
        Key key = record(client, set);

        assertThat(eval(client, key, Exp.setName())).isEqualTo(set.name());
        assertThat(eval(client, key, Exp.keyExists())).isEqualTo(false);
        assertThat(eval(client, key, Exp.binExists("s"))).isEqualTo(true);
        assertThat(eval(client, key, Exp.binExists("nope"))).isEqualTo(false);
        assertThat(eval(client, key, Exp.binType("d"))).isEqualTo(2L);
        assertThat(eval(client, key, Exp.isTombstone())).isEqualTo(false);
        assertThat(eval(client, key, Exp.ge(Exp.sinceUpdate(), Exp.val(0)))).isEqualTo(true);
        assertThat(eval(client, key, Exp.gt(Exp.lastUpdate(), Exp.val(1_600_000_000_000_000_000L))))
                .isEqualTo(true);
    }

    @Test
    @DisplayName("the stored key and the digest modulo")
    void keyAndDigest(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        com.aerospike.client.policy.WritePolicy sendKey = new com.aerospike.client.policy.WritePolicy();
        sendKey.sendKey = true;
        client.put(sendKey, key, new Bin("a", 1));
        Key numeric = set.key(42);
        client.put(sendKey, numeric, new Bin("a", 1));

        assertThat(eval(client, key, Exp.key(Exp.Type.STRING))).isEqualTo("k1");
        assertThat(eval(client, key, Exp.keyExists())).isEqualTo(true);
        assertThat(eval(client, numeric, Exp.add(Exp.key(Exp.Type.INT), Exp.val(1))))
                .isEqualTo(43L);
        long word = (key.digest[16] & 0xFFL)
                | (key.digest[17] & 0xFFL) << 8
                | (key.digest[18] & 0xFFL) << 16
                | (key.digest[19] & 0xFFL) << 24;
        assertThat(eval(client, key, Exp.digestModulo(7))).isEqualTo(word % 7);
    }

    @Test
    @DisplayName(
            "a value that is unknown (missing bin, wrong type, division by zero) answers OP_NOT_APPLICABLE unless EVAL_NO_FAIL")
    void unknownValues(AerospikeClient client, TestSet set) {
        Key key = record(client, set);

        assertResultCode(() -> eval(client, key, Exp.intBin("missing")), ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(() -> eval(client, key, Exp.intBin("s")), ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(() -> eval(client, key, Exp.div(Exp.intBin("i"), Exp.val(0))), ResultCode.OP_NOT_APPLICABLE);
        Record record = client.operate(
                null,
                key,
                ExpOperation.read("r", Exp.build(Exp.intBin("missing")), ExpReadFlags.EVAL_NO_FAIL),
                ExpOperation.read(
                        "u",
                        Exp.build(Exp.and(Exp.eq(Exp.intBin("missing"), Exp.val(1)), Exp.val(false))),
                        ExpReadFlags.DEFAULT));
        assertThat(record.bins).containsEntry("r", null).containsEntry("u", false);
    }

    @Test
    @DisplayName("a malformed expression answers PARAMETER_ERROR")
    void malformed(AerospikeClient client, TestSet set) {
        Key key = record(client, set);

        assertResultCode(() -> eval(client, key, Exp.eq(Exp.intBin("i"), Exp.val("x"))), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> eval(client, key, Exp.add(Exp.intBin("i"), Exp.val(1.0))), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> eval(client, key, Exp.and(Exp.intBin("i"), Exp.val(true))), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> eval(client, key, Exp.var("nope")), ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> eval(client, key, Exp.regexCompare("a(", RegexFlag.EXTENDED, Exp.stringBin("s"))),
                ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(
                        null, key, ExpOperation.read("r", Exp.build(Exp.val(1)), ExpWriteFlags.CREATE_ONLY)),
                ResultCode.PARAMETER_ERROR);
    }

    @Test
    @DisplayName("write stores the value; CREATE_ONLY, UPDATE_ONLY, POLICY_NO_FAIL and ALLOW_DELETE decide when")
    void write(AerospikeClient client, TestSet set) {
        Key key = record(client, set);
        Expression twice = Exp.build(Exp.mul(Exp.intBin("i"), Exp.val(2)));
        Expression remove = Exp.build(Exp.nil());

        client.operate(null, key, ExpOperation.write("i2", twice, ExpWriteFlags.DEFAULT));
        assertResultCode(
                () -> client.operate(null, key, ExpOperation.write("i2", twice, ExpWriteFlags.CREATE_ONLY)),
                ResultCode.BIN_EXISTS_ERROR);
        assertResultCode(
                () -> client.operate(null, key, ExpOperation.write("new", twice, ExpWriteFlags.UPDATE_ONLY)),
                ResultCode.BIN_NOT_FOUND);
        client.operate(
                null, key, ExpOperation.write("new", twice, ExpWriteFlags.UPDATE_ONLY | ExpWriteFlags.POLICY_NO_FAIL));
        assertResultCode(
                () -> client.operate(null, key, ExpOperation.write("i2", remove, ExpWriteFlags.DEFAULT)),
                ResultCode.OP_NOT_APPLICABLE);
        client.operate(null, key, ExpOperation.write("d", remove, ExpWriteFlags.ALLOW_DELETE));

        Record record = client.get(null, key);
        assertThat(record.bins).containsEntry("i2", 34L).doesNotContainKeys("new", "d");
        // Every successful write counts, the one that changed nothing (POLICY_NO_FAIL) too.
        assertThat(record.generation).isEqualTo(4);
    }

    @Test
    @DisplayName("an expression sees the writes of earlier operations in the same command")
    void seesEarlierWrites(AerospikeClient client, TestSet set) {
        Key key = record(client, set);

        Record record = client.operate(
                null,
                key,
                com.aerospike.client.Operation.put(new Bin("i", 100)),
                ExpOperation.read("r", Exp.build(Exp.add(Exp.intBin("i"), Exp.val(1))), ExpReadFlags.DEFAULT));

        assertThat(record.getLong("r")).isEqualTo(101);
    }

    @Test
    @DisplayName("bit and HLL sub-expressions read and modify a local copy of the bin")
    void bitAndHllExpressions(AerospikeClient client, TestSet set) {
        Key key = record(client, set);
        client.operate(null, key, HLLOperation.add(HLLPolicy.Default, "h", List.of(Value.get("a"), Value.get("b")), 8));

        assertThat(eval(client, key, BitExp.count(Exp.val(0), Exp.val(16), Exp.blobBin("b"))))
                .isEqualTo(8L);
        assertThat(eval(client, key, BitExp.getInt(Exp.val(4), Exp.val(8), false, Exp.blobBin("b"))))
                .isEqualTo(0L);
        assertThat((byte[]) eval(client, key, BitExp.not(BitPolicy.Default, Exp.val(0), Exp.val(8), Exp.blobBin("b"))))
                .containsExactly(0x0f, 0x0f);
        assertThat(eval(client, key, HLLExp.getCount(Exp.hllBin("h")))).isEqualTo(2L);
        assertThat(eval(
                        client,
                        key,
                        HLLExp.getCount(
                                HLLExp.add(HLLPolicy.Default, Exp.val(List.of(Value.get("c"))), Exp.hllBin("h")))))
                .isEqualTo(3L);
        assertThat(eval(client, key, HLLExp.mayContain(Exp.val(List.of(Value.get("a"))), Exp.hllBin("h"))))
                .isEqualTo(1L);
        assertThat((byte[]) client.get(null, key).getValue("b")).containsExactly(0xf0, 0x0f);
    }

    @Test
    @DisplayName("comparing an unordered map is unknown: the real node refuses to order one")
    void unorderedMapComparison(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("m", Map.of("a", 1L)));

        assertResultCode(
                () -> eval(client, key, Exp.eq(Exp.mapBin("m"), Exp.val(Map.of("a", 1L)))),
                ResultCode.OP_NOT_APPLICABLE);
    }
}
