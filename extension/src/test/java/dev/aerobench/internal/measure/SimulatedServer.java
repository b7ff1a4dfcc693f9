package dev.aerobench.internal.measure;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * An async workload served by a simulated server on a {@link FakeClock}: every operation takes
 * {@code serviceNanos} from the moment it is started, and the server completes operations, in order
 * of completion time, on its own thread.
 *
 * <p>To stay deterministic the server moves only while the measuring thread is parked (waiting for
 * a free slot in the window, or for the last operations of a batch): then it advances the clock to
 * the earliest completion and completes that operation. Unless every operation of the current
 * batch has been started, it then waits for the measuring thread to start the next one, so the
 * clock never moves while that thread is reading it.
 */
final class SimulatedServer implements Workload.AsyncOperation, AutoCloseable {

    private record InFlight(long index, long doneAt, CompletableFuture<Void> future) {}

    private final FakeClock clock;
    private final long serviceNanos;
    private final int opsPerBatch;
    private final Thread measuringThread;
    private final PriorityQueue<InFlight> inFlight =
            new PriorityQueue<>(Comparator.comparingLong(InFlight::doneAt).thenComparingLong(InFlight::index));
    private final Thread serverThread;
    private volatile long started;
    private volatile boolean closed;

    /**
     * @param opsPerBatch operations the runner starts before it waits for all of them (the ops of a
     *                    trial, with no warmup)
     */
    SimulatedServer(FakeClock clock, long serviceNanos, int opsPerBatch) {
        this.clock = clock;
        this.serviceNanos = serviceNanos;
        this.opsPerBatch = opsPerBatch;
        this.measuringThread = Thread.currentThread();
        this.serverThread =
                Thread.ofPlatform().name("simulated-server").daemon().start(this::serve);
    }

    @Override
    public synchronized CompletableFuture<?> start(long index) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        inFlight.add(new InFlight(index, clock.nanoTime() + serviceNanos, future));
        started++;
        return future;
    }

    private void serve() {
        while (!closed) {
            awaitMeasuringThreadParked();
            InFlight next;
            long startedBefore;
            synchronized (this) {
                next = inFlight.poll();
                startedBefore = started;
            }
            if (next == null) {
                continue;
            }
            clock.advanceTo(next.doneAt());
            next.future().complete(null);
            if (startedBefore % opsPerBatch != 0) {
                awaitStartedAbove(startedBefore);
            }
        }
    }

    private void awaitMeasuringThreadParked() {
        while (!closed
                && !(measuringThread.getState() == Thread.State.WAITING
                        && LockSupport.getBlocker(measuringThread) != null)) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private void awaitStartedAbove(long count) {
        while (!closed && started <= count) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
