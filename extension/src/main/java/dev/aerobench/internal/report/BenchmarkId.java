package dev.aerobench.internal.report;

import java.util.Objects;

/**
 * Which benchmark test: its class (binary name, {@code com.example.Outer$Inner}) and method.
 *
 * @param className  the test class's {@link Class#getName() name}
 * @param methodName the test method's name
 */
public record BenchmarkId(String className, String methodName) {

    public BenchmarkId {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(methodName, "methodName");
    }

    /** {@code com.example.ClientUpgradeTest.get}, as JMH names a benchmark. */
    public String qualifiedName() {
        return className + "." + methodName;
    }

    /** {@code ClientUpgradeTest.get}: without the package, for tables. */
    public String shortName() {
        return className.substring(className.lastIndexOf('.') + 1) + "." + methodName;
    }
}
