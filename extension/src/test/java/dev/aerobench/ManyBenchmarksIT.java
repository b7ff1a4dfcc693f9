package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 200 benchmark tests in one JVM: 20 runs of a class of 10, each comparing the default jdk21
 * candidate with the jdk8 baseline (each in a class loader of its own, with clients opened per
 * test and per fork) on a scan and on concurrent async gets. It takes a few minutes, so it is an
 * integration test: {@code ./mvnw -o -pl extension -am verify}. After the first runs have loaded what stays loaded, live threads, loaded
 * classes and metaspace must not grow with the runs, and every arm's class loader must be
 * collectable once its run has ended. Prints the numbers.
 */
@DisplayName("Many benchmark tests in one JVM")
class ManyBenchmarksIT {

    private static final int RUNS = 20;
    private static final int WARM_RUNS = 2;
    /** Threads come and go (JIT, GC, common pool); a leak of one per test would add 200. */
    private static final int THREAD_SLACK = 8;
    /** One leaked arm would keep a client's classes: over 1,000 per run, over 18,000 in all. */
    private static final int CLASS_SLACK = 1_500;
    /** One leaked arm would keep several MB of metaspace per run. */
    private static final long METASPACE_SLACK_BYTES = 16L * 1024 * 1024;

    /** Class loaders of the adapters the fixture saw; static because the engine creates the fixture. */
    static final List<WeakReference<ClassLoader>> ARM_LOADERS = new CopyOnWriteArrayList<>();

    @Test
    @DisplayName("do not grow threads, loaded classes or metaspace, and let every arm's class loader go")
    void noGrowth() throws Exception {
        ARM_LOADERS.clear();
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.start()) {
            Map<String, String> configuration = Map.of(
                    BenchmarkConfiguration.SERVER, "external",
                    BenchmarkConfiguration.HOST, server.host(),
                    BenchmarkConfiguration.PORT, String.valueOf(server.port()));
            Sample warm = null;
            for (int run = 1; run <= RUNS; run++) {
                EngineRuns.run(TenBenchmarksTestCase.class, configuration)
                        .testEvents()
                        .assertStatistics(stats -> stats.succeeded(10));
                Sample sample = Sample.take();
                System.out.println("after run " + run + " (" + run * 10 + " benchmark tests): " + sample);
                if (run == WARM_RUNS) {
                    warm = sample;
                }
            }
            Sample last = Sample.take();
            assertThat(last.threads()).as("live threads").isLessThanOrEqualTo(warm.threads() + THREAD_SLACK);
            assertThat(last.loadedClasses())
                    .as("loaded classes")
                    .isLessThanOrEqualTo(warm.loadedClasses() + CLASS_SLACK);
            assertThat(last.metaspaceBytes())
                    .as("metaspace used")
                    .isLessThanOrEqualTo(warm.metaspaceBytes() + METASPACE_SLACK_BYTES);
        }
        assertThat(ARM_LOADERS).as("arm class loaders seen").hasSize(2 * RUNS * 10);
        long alive = collectAndCountAlive();
        assertThat(alive)
                .as("arm class loaders still reachable after every run ended")
                .isZero();
    }

    /** Collects, a bounded number of times, until no arm loader is left; returns how many are. */
    private static long collectAndCountAlive() throws InterruptedException {
        long alive = Long.MAX_VALUE;
        for (int i = 0; i < 50 && alive > 0; i++) {
            System.gc();
            Thread.sleep(20);
            alive = ARM_LOADERS.stream().filter(loader -> loader.get() != null).count();
        }
        return alive;
    }

    /** What the JVM holds after collections: threads, loaded classes, metaspace. */
    record Sample(int threads, int loadedClasses, long metaspaceBytes, long heapBytes) {
        static Sample take() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(20);
            }
            long metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getName().equals("Metaspace"))
                    .mapToLong(pool -> pool.getUsage().getUsed())
                    .sum();
            return new Sample(
                    ManagementFactory.getThreadMXBean().getThreadCount(),
                    ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(),
                    metaspace,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d threads, %d classes loaded, metaspace %.1f MB, heap %.1f MB",
                    threads,
                    loadedClasses,
                    metaspaceBytes / 1e6,
                    heapBytes / 1e6);
        }
    }

    /**
     * A sync scan (the jdk8 client keeps a ThreadLocal on the thread that starts one) and async gets
     * (the clients' non-daemon event loops), so both ways a client can pin its loader are taken.
     */
    @AerospikeBenchmark(
            operations = {Operation.SCAN, Operation.GET_CONCURRENT},
            count = 20,
            concurrency = 4,
            warmup = 0,
            forks = 2,
            maxForks = 2)
    static class TenBenchmarksTestCase {
        private static void seen(ClientAdapter candidate, ClientAdapter baseline) {
            ARM_LOADERS.add(new WeakReference<>(candidate.getClass().getClassLoader()));
            ARM_LOADERS.add(new WeakReference<>(baseline.getClass().getClassLoader()));
        }

        @Test
        void first(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void second(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void third(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void fourth(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void fifth(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void sixth(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void seventh(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void eighth(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void ninth(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }

        @Test
        void tenth(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            seen(candidate, baseline);
        }
    }
}
