package dev.aerobench.server.contract;

import com.aerospike.client.Key;
import java.util.stream.IntStream;

/**
 * A set name no other test uses, so tests sharing one server stay independent. Resolved as a
 * test method parameter by {@link ContractServerExtension}.
 *
 * @param namespace the namespace the set lives in
 * @param name      the set name, unique per test method invocation
 */
record TestSet(String namespace, String name) {

    Key key(String userKey) {
        return new Key(namespace, name, userKey);
    }

    Key key(long userKey) {
        return new Key(namespace, name, userKey);
    }

    /** Keys {@code "k0"} .. {@code "k<count-1>"}. */
    Key[] keys(int count) {
        return IntStream.range(0, count).mapToObj(i -> key("k" + i)).toArray(Key[]::new);
    }
}
