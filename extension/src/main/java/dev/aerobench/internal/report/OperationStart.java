package dev.aerobench.internal.report;

import dev.aerobench.Mode;
import dev.aerobench.internal.measure.MeasurementPlan;
import java.util.Objects;

/**
 * An operation about to be measured.
 *
 * @param operation its name
 * @param mode      how it is issued
 * @param plan      how much is measured
 */
public record OperationStart(String operation, Mode mode, MeasurementPlan plan) {

    public OperationStart {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(plan, "plan");
    }
}
