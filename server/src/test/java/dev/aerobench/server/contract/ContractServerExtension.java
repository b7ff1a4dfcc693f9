package dev.aerobench.server.contract;

import com.aerospike.client.AerospikeClient;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one {@link ServerUnderTest} per test class (lazily, kept in the class store so JUnit
 * closes it after the class) and resolves its parts as parameters. Before each test the embedded
 * server's clock is put back to the wall clock, so a test that advanced it cannot shift the next
 * one. Against an external server, tests that need the embedded one are disabled.
 */
final class ContractServerExtension implements ParameterResolver, BeforeEachCallback, ExecutionCondition {

    private static final ExtensionContext.Namespace STORE =
            ExtensionContext.Namespace.create(ContractServerExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (ServerUnderTest.externalServer().isEmpty()) {
            return ConditionEvaluationResult.enabled("runs against the embedded server");
        }
        Optional<String> reason = context.getElement()
                .flatMap(element -> AnnotationSupport.findAnnotation(element, EmbeddedOnly.class))
                .map(EmbeddedOnly::value)
                .or(() -> context.getTestMethod()
                        .filter(ContractServerExtension::takesEmbeddedParts)
                        .map(method -> "needs the embedded server's clock or facade"));
        return reason.map(why -> ConditionEvaluationResult.disabled("embedded server only: " + why))
                .orElseGet(() -> ConditionEvaluationResult.enabled("runs against the external server too"));
    }

    private static boolean takesEmbeddedParts(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .anyMatch(type -> type == MutableClock.class || type == EmbeddedAerospikeServer.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MutableClock clock = serverUnderTest(context).clock();
        if (clock != null) {
            clock.setTo(Instant.now());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AerospikeClient.class
                || type == EmbeddedAerospikeServer.class
                || type == MutableClock.class
                || type == TestSet.class
                || type == ServerAddress.class;
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
        if (type == ServerAddress.class) {
            return target.address();
        }
        return target.freshSet(context.getTestMethod().map(Method::getName).orElse("set"));
    }

    private static ServerUnderTest serverUnderTest(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext
                .getStore(STORE)
                .getOrComputeIfAbsent(ServerUnderTest.class, key -> ServerUnderTest.start(), ServerUnderTest.class);
    }
}
