package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.internal.client.ClientArmSpec;
import dev.aerobench.internal.client.ClientResolutionException;
import dev.aerobench.internal.client.LoadedArm;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.Verdict;
import dev.aerobench.internal.report.BenchmarkId;
import dev.aerobench.internal.report.BenchmarkResults;
import dev.aerobench.internal.report.BenchmarkStart;
import dev.aerobench.internal.report.ReportChannel;
import dev.aerobench.internal.report.ResultFormat;
import java.lang.reflect.Method;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind {@link AerospikeBenchmark}. Holds no state: the server, the loaded client
 * arms and the run's seed and reports ({@link RunScope}) live in the root store (one per run, closed
 * when it ends; closing the reports writes the run-wide files), each test's adapters and data in its
 * method store. Everything it says goes through the run's report channel.
 *
 * <p>The test method itself runs first (it may check the adapters and add operations through
 * {@link BenchmarkPlan}); then the operations are measured and judged. A FAIL verdict fails the
 * test; an INCONCLUSIVE one (an interval straddling a threshold) aborts it, so it is reported as
 * neither passed nor failed; otherwise it passes.
 */
final class AerospikeBenchmarkExtension implements ParameterResolver, InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(AerospikeBenchmarkExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BenchmarkServer.class || type == BenchmarkPlan.class || type == ClientAdapter.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("@AerospikeBenchmark resolves "
                    + parameter.getParameter().getType().getSimpleName()
                    + " for test methods only, not for constructors or lifecycle methods");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == ClientAdapter.class
                && !parameter.isAnnotated(Candidate.class)
                && !parameter.isAnnotated(Baseline.class)) {
            // Before loading any client: a loading problem must not hide this simpler mistake.
            throw new ParameterResolutionException("Parameter [" + parameter.getParameter() + "] of "
                    + ConfigurationError.describe(context) + " is a ClientAdapter without a qualifier: annotate it "
                    + "with @Candidate or @Baseline.");
        }
        TestRun run = testRun(context);
        if (type == BenchmarkServer.class) {
            return run.server();
        }
        if (type == BenchmarkPlan.class) {
            return run;
        }
        if (parameter.isAnnotated(Candidate.class)) {
            return run.candidate().adapter();
        }
        return run.baseline().adapter();
    }

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        TestRun run = testRun(context);
        invocation.proceed();
        if (run.settings().operations().isEmpty() && run.customOperations().isEmpty()) {
            throw ConfigurationError.on(context)
                    .problem(
                            "measures nothing",
                            "Name operations = {...} (e.g. Operation.GET) or add operations of your own through a "
                                    + "BenchmarkPlan parameter.");
        }
        ReportChannel reports = runScope(context).reports();
        List<GateOutcome> outcomes = new BenchmarkExecution(run, reports).run();
        reports.benchmarkFinished(new BenchmarkResults(
                context.getStore(NAMESPACE).get(BenchmarkStart.class, BenchmarkStart.class), outcomes));
        judge(run, outcomes, ResultFormat.consoleTable().format(outcomes));
    }

    /** The run's seed and reports, made by its first benchmark test. */
    private static RunScope runScope(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunScope.class, key -> RunScope.start(context), RunScope.class);
    }

    private static void judge(TestRun run, List<GateOutcome> outcomes, String table) {
        List<GateOutcome> failed = outcomes.stream().filter(GateOutcome::failed).toList();
        if (!failed.isEmpty()) {
            throw new AssertionFailedError(verdictMessage("regression", failed, run, table));
        }
        List<GateOutcome> inconclusive = outcomes.stream()
                .filter(outcome -> outcome.verdict() == Verdict.INCONCLUSIVE)
                .toList();
        if (!inconclusive.isEmpty()) {
            throw new TestAbortedException(verdictMessage("inconclusive", inconclusive, run, table));
        }
    }

    private static String verdictMessage(String what, List<GateOutcome> outcomes, TestRun run, String table) {
        StringBuilder message = new StringBuilder("aerobench ")
                .append(what)
                .append(" in ")
                .append(outcomes.size())
                .append(" operation(s):\n");
        for (GateOutcome outcome : outcomes) {
            message.append("  ")
                    .append(outcome.result().label())
                    .append(": ")
                    .append(outcome.reason())
                    .append('\n');
        }
        message.append("candidate: ")
                .append(run.candidate().adapter().identity())
                .append('\n')
                .append("baseline:  ")
                .append(run.baseline().adapter().identity())
                .append('\n')
                .append("server:    ")
                .append(run.server().describe())
                .append('\n')
                .append(table);
        return message.toString();
    }

    private static TestRun testRun(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestRun.class, key -> newTestRun(context), TestRun.class);
    }

    private static TestRun newTestRun(ExtensionContext context) {
        BenchmarkSettings settings = BenchmarkSettings.resolve(context, annotation(context));
        RunScope runScope = runScope(context);
        if (settings.seed() == AerospikeBenchmark.RANDOM_SEED) {
            settings = settings.withSeed(runScope.seed());
        }
        BenchmarkServer server = server(context, settings.server());
        ArmCache arms = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(ArmCache.class, key -> new ArmCache(), ArmCache.class);
        LoadedArm candidate = load(arms, settings.candidate(), "candidate", context);
        LoadedArm baseline = load(arms, settings.baseline(), "baseline", context);
        if (!settings.allowSameClient() && sameCode(candidate, baseline)) {
            throw ConfigurationError.on(context)
                    .problem(
                            "compares a client with itself: candidate (" + settings.candidate() + ") and baseline ("
                                    + settings.baseline() + ") are both " + candidate.identity(),
                            "Choose another baseline (" + BenchmarkConfiguration.BASELINE
                                    + "), or set allowSameClient = true for an A/A run.");
        }
        BenchmarkStart start = new BenchmarkStart(
                new BenchmarkId(
                        context.getRequiredTestClass().getName(),
                        context.getRequiredTestMethod().getName()),
                ConfigurationError.describe(context),
                describe(candidate),
                describe(baseline),
                server.describe(),
                settings.seed(),
                context::publishReportEntry);
        context.getStore(NAMESPACE).put(BenchmarkStart.class, start);
        runScope.reports().benchmarkStarted(start);
        return new TestRun(
                settings,
                server,
                setName(context),
                candidate,
                baseline,
                server.connectionSettings(settings.concurrency()));
    }

    /** Identity, what was asked for, and the jar: e.g. {@code aerospike-client-jdk21 9.0.4 (com...:9.0.4) from /...jar}. */
    private static String describe(LoadedArm arm) {
        return arm.identity() + " (" + arm.spec().description() + ")"
                + arm.clientJar().map(jar -> " from " + jar).orElse("");
    }

    /** Same client jar driven by the same adapter: the comparison could only measure noise. */
    private static boolean sameCode(LoadedArm candidate, LoadedArm baseline) {
        return candidate.sameClientAs(baseline) && adapterClass(candidate) == adapterClass(baseline);
    }

    private static Class<?> adapterClass(LoadedArm arm) {
        return arm.spec() instanceof ClientArmSpec.CustomAdapter custom ? custom.adapterClass() : null;
    }

    private static AerospikeBenchmark annotation(ExtensionContext context) {
        Optional<AerospikeBenchmark> onMethod =
                AnnotationSupport.findAnnotation(context.getTestMethod(), AerospikeBenchmark.class);
        if (onMethod.isPresent()) {
            return onMethod.get();
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<AerospikeBenchmark> onClass = AnnotationSupport.findAnnotation(type, AerospikeBenchmark.class);
            if (onClass.isPresent()) {
                return onClass.get();
            }
        }
        throw ConfigurationError.ofRun()
                .problem(
                        ConfigurationError.describe(context)
                                + " uses the aerobench extension without @AerospikeBenchmark",
                        "Annotate the method or its class.");
    }

    private static BenchmarkServer server(ExtensionContext context, ServerKind requested) {
        ServerProvider provider = new ServerProvider(
                new ConfigurationReader(context), runScope(context).reports()::notice);
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        // Resolved once per run: AUTO asks Docker, and says at most once why it took the embedded server.
        ServerKind kind = root.getOrComputeIfAbsent(
                ServerProvider.storeKey(requested) + "-kind", key -> provider.resolve(requested), ServerKind.class);
        return root.getOrComputeIfAbsent(
                ServerProvider.storeKey(kind), key -> provider.start(kind), ProvidedServer.class);
    }

    private static LoadedArm load(
            ArmCache arms, BenchmarkSettings.ArmSetting setting, String role, ExtensionContext context) {
        try {
            ClientArmSpec spec = setting.usesAdapterClass()
                    ? ClientArmSpec.customAdapter(setting.adapterClass())
                    : ClientArmSpec.parse(
                            setting.coordinates(),
                            context.getRequiredTestClass().getClassLoader());
            return arms.load(spec);
        } catch (ClientResolutionException | IllegalArgumentException unusable) {
            throw ConfigurationError.on(context)
                    .problem("cannot load its " + role + " '" + setting + "': " + unusable.getMessage(), unusable);
        }
    }

    /** A set of its own per test, unique per run: {@code aerobench_<run id>_<n>}. */
    private static String setName(ExtensionContext context) {
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        String runId = root.getOrComputeIfAbsent(
                "run-id",
                key -> HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()),
                String.class);
        AtomicInteger tests =
                root.getOrComputeIfAbsent("test-counter", key -> new AtomicInteger(), AtomicInteger.class);
        return "aerobench_" + runId + "_" + tests.incrementAndGet();
    }
}
