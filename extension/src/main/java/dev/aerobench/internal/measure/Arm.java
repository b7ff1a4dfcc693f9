package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.Objects;

/**
 * One side of a comparison: the workload of one client for one operation, with the names reports
 * show.
 *
 * @param name     display name, the column header in tables (e.g. {@code jdk21})
 * @param identity what the arm drives, for machine-readable reports (e.g.
 *                 {@code aerospike-client-jdk21 9.0.4})
 * @param workload the operation; its variant is the {@link Mode} it is measured in
 * @param <W>      the workload's variant: a runner compares two arms of one variant
 */
public record Arm<W extends Workload>(String name, String identity, W workload) {

    public Arm {
        Objects.requireNonNull(workload, "workload");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "Arm name must not be blank: give each arm a display name such as \"candidate\"");
        }
        identity = identity == null || identity.isBlank() ? name : identity;
    }

    /** An arm whose identity is its display name. */
    public static <W extends Workload> Arm<W> of(String name, W workload) {
        return new Arm<>(name, name, workload);
    }
}
