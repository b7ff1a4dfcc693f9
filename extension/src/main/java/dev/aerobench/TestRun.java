package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.internal.client.LoadedArm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One benchmark test's run: its settings, server, the two open adapters with their data, and the
 * operations the test added. Kept in the test method's store, so JUnit closes the adapters (and
 * the async event loops of the clients) when the test ends.
 */
final class TestRun implements BenchmarkPlan, AutoCloseable {

    private final BenchmarkSettings settings;
    private final BenchmarkServer server;
    private final String set;
    private final LoadedArm candidateArm;
    private final LoadedArm baselineArm;
    private final ConnectionSettings connection;
    private final Arms arms;
    private final List<CustomOperation> customOperations = new ArrayList<>();
    private boolean closed;

    TestRun(
            BenchmarkSettings settings,
            BenchmarkServer server,
            String set,
            LoadedArm candidateArm,
            LoadedArm baselineArm,
            ConnectionSettings connection) {
        this.settings = settings;
        this.server = server;
        this.set = set;
        this.candidateArm = candidateArm;
        this.baselineArm = baselineArm;
        this.connection = connection;
        this.arms = openArms(
                adapter -> new ArmData("candidate", adapter, set, settings),
                adapter -> new ArmData("baseline", adapter, set, settings));
    }

    /**
     * Both arms again, each driven by a client opened anew (new connections, new client threads) on
     * the same data: what every fork after the first measures, so that a state stuck in the first clients
     * cannot fail a test twice. The caller closes them.
     */
    Arms openFreshArms() {
        return openArms(arms.candidate()::with, arms.baseline()::with);
    }

    private Arms openArms(
            Function<ClientAdapter, ArmData> candidateData, Function<ClientAdapter, ArmData> baselineData) {
        ClientAdapter candidateAdapter = candidateArm.openAdapter(connection);
        ClientAdapter baselineAdapter = null;
        try {
            ArmData candidate = candidateData.apply(candidateAdapter);
            baselineAdapter = baselineArm.openAdapter(connection);
            return new Arms(candidateArm, candidate, baselineArm, baselineData.apply(baselineAdapter));
        } catch (RuntimeException | Error openFailed) {
            closeQuietly(candidateArm, candidateAdapter, openFailed);
            if (baselineAdapter != null) {
                closeQuietly(baselineArm, baselineAdapter, openFailed);
            }
            throw openFailed;
        }
    }

    private static void closeQuietly(LoadedArm arm, ClientAdapter adapter, Throwable failure) {
        try {
            arm.closeAdapter(adapter);
        } catch (RuntimeException | Error closeFailed) {
            failure.addSuppressed(closeFailed);
        }
    }

    /** A candidate and a baseline, each with an adapter of its own arm; closing closes both adapters. */
    record Arms(LoadedArm candidateArm, ArmData candidate, LoadedArm baselineArm, ArmData baseline)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                candidateArm.closeAdapter(candidate.adapter());
            } finally {
                baselineArm.closeAdapter(baseline.adapter());
            }
        }
    }

    BenchmarkSettings settings() {
        return settings;
    }

    BenchmarkServer server() {
        return server;
    }

    ArmData candidate() {
        return arms.candidate();
    }

    ArmData baseline() {
        return arms.baseline();
    }

    List<CustomOperation> customOperations() {
        return List.copyOf(customOperations);
    }

    @Override
    public String set() {
        return set;
    }

    @Override
    public void add(String name, ArmOperation operation) {
        addUnique(new CustomOperation.Sync(name, operation));
    }

    @Override
    public void addAsync(String name, AsyncArmOperation operation) {
        addUnique(new CustomOperation.Sequential(name, operation));
    }

    @Override
    public void addConcurrent(String name, AsyncArmOperation operation) {
        addUnique(new CustomOperation.Concurrent(name, operation));
    }

    /** Reports tell operations apart by name and mode, so one name may be measured sync and async. */
    private void addUnique(CustomOperation added) {
        String name = added.name();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an operation added to a BenchmarkPlan needs a name for the reports");
        }
        for (CustomOperation existing : customOperations) {
            if (existing.name().equals(name) && existing.mode() == added.mode()) {
                throw new IllegalArgumentException("operation '" + name + "' ("
                        + added.mode().label() + ") was added twice: give each its own name");
            }
        }
        customOperations.add(added);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        arms.close();
    }
}
