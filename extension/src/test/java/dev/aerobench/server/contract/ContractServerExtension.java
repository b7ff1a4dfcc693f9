package dev.aerobench.server.contract;

import com.aerospike.client.AerospikeClient;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link ServerUnderTest} per test class (lazily, kept in the class store so JUnit
 * closes it after the class) and resolves its parts as parameters. Before each test the clock is
 * put back to the wall clock, so a test that advanced it cannot shift the next one.
 */
final class ContractServerExtension implements ParameterResolver, BeforeEachCallback {

    private static final ExtensionContext.Namespace STORE =
            ExtensionContext.Namespace.create(ContractServerExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        serverUnderTest(context).clock().setTo(Instant.now());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AerospikeClient.class || type == EmbeddedAerospikeServer.class
                || type == MutableClock.class || type == TestSet.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ServerUnderTest target = serverUnderTest(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == AerospikeClient.class) {
            return target.client();
        }
        if (type == EmbeddedAerospikeServer.class) {
            return target.server();
        }
        if (type == MutableClock.class) {
            return target.clock();
        }
        return target.freshSet(context.getTestMethod().map(m -> m.getName()).orElse("set"));
    }

    private static ServerUnderTest serverUnderTest(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(STORE)
                .getOrComputeIfAbsent(ServerUnderTest.class, key -> ServerUnderTest.start(), ServerUnderTest.class);
    }
}
