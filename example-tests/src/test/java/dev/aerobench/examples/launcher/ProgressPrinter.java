package dev.aerobench.examples.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per finished test (and per failed container), with the head of its failure or
 * abort message: the reasons the gate gave. The tables themselves come from aerobench, which
 * prints them as each test is measured.
 */
final class ProgressPrinter implements TestExecutionListener {

    private final PrintStream out;
    private TestPlan plan;

    ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        out.printf("%nSKIPPED  %s: %s%n", path(test), reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        boolean failedContainer = test.isContainer() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
        if (!test.isTest() && !failedContainer) {
            return;
        }
        String status = switch (result.getStatus()) {
            case SUCCESSFUL -> "PASSED ";
            case ABORTED -> "SKIPPED";
            case FAILED -> "FAILED ";
        };
        out.printf("%n%s  %s%n", status, path(test));
        result.getThrowable()
                .map(ProgressPrinter::head)
                .ifPresent(head -> out.println(head.indent(9).stripTrailing()));
    }

    /** {@code bench_sync.py: sync 1:1 comparison > put, get, batch_get and scan: ...}. */
    private String path(TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> node = Optional.of(test); node.isPresent(); node = plan.getParent(node.get())) {
            if (node.get().getParentIdObject().isPresent()) {
                names.addFirst(node.get().getDisplayName());
            }
        }
        return String.join(" > ", names);
    }

    /**
     * The message up to its first blank line: aerobench's verdict reasons and arms, without the
     * tables it already printed.
     */
    static String head(Throwable thrown) {
        String message = String.valueOf(thrown.getMessage());
        int blankLine = message.indexOf("\n\n");
        String head = blankLine < 0 ? message : message.substring(0, blankLine);
        return thrown instanceof AssertionError || thrown.getClass().getName().startsWith("org.opentest4j")
                ? head
                : thrown.getClass().getName() + ": " + head;
    }
}
