package dev.aerobench.benchmark.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent during a measured window: by the server's threads (those whose names start with a
 * prefix) and by the whole JVM. On a 2-core machine where client and server share the cores, the
 * server's share per operation says whether the server or the client limits a case.
 */
final class CpuMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final String serverThreadPrefix;
    private final Map<Long, Long> serverCpuAtStart;
    private final long processCpuAtStart;

    private CpuMeter(String serverThreadPrefix) {
        this.serverThreadPrefix = serverThreadPrefix;
        this.serverCpuAtStart = serverThreadCpu(serverThreadPrefix);
        this.processCpuAtStart = PROCESS.getProcessCpuTime();
    }

    /** Starts metering; threads named {@code serverThreadPrefix...} count as the server's. */
    static CpuMeter start(String serverThreadPrefix) {
        return new CpuMeter(serverThreadPrefix);
    }

    /** CPU nanoseconds the server's threads used since {@link #start}; threads started since count in full. */
    long serverCpuNanos() {
        long total = 0;
        for (Map.Entry<Long, Long> thread : serverThreadCpu(serverThreadPrefix).entrySet()) {
            total += thread.getValue() - serverCpuAtStart.getOrDefault(thread.getKey(), 0L);
        }
        return total;
    }

    /** CPU nanoseconds the whole JVM used since {@link #start}: client, server, GC and JIT threads. */
    long processCpuNanos() {
        return PROCESS.getProcessCpuTime() - processCpuAtStart;
    }

    private static Map<Long, Long> serverThreadCpu(String prefix) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(prefix)) {
                long nanos = THREADS.getThreadCpuTime(thread.getThreadId());
                if (nanos >= 0) { // -1: the thread ended meanwhile
                    cpu.put(thread.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }
}
