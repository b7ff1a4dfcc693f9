package dev.aerobench;

import static dev.aerobench.BenchmarkConfiguration.forOperation;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.internal.report.History;
import dev.aerobench.internal.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads every {@link BenchmarkConfiguration} key, and the environment variables some of them fall
 * back on, for one benchmark test. One convention for "unset": a key that is absent, empty or
 * blank is not set, and its value is trimmed otherwise. A value that cannot be read is a
 * {@link ConfigurationError} naming the key and the fix.
 */
final class ConfigurationReader {

    private final ExtensionContext context;
    private final UnaryOperator<String> environment;
    private final ConfigurationError errors;

    ConfigurationReader(ExtensionContext context) {
        this(context, System::getenv);
    }

    ConfigurationReader(ExtensionContext context, UnaryOperator<String> environment) {
        this.context = context;
        this.environment = environment;
        this.errors = ConfigurationError.on(context);
    }

    /** The configuration parameter {@code key}, if set. */
    Optional<String> parameter(String key) {
        return set(context.getConfigurationParameter(key).orElse(null));
    }

    /** The configuration parameter {@code key}, else the environment variable {@code variable}, if set. */
    Optional<String> parameterOrEnvironment(String key, String variable) {
        return parameter(key).or(() -> set(environment.apply(variable)));
    }

    /** The environment variable {@code variable}, or {@code null} when unset (as {@link System#getenv(String)}). */
    String environment(String variable) {
        return environment.apply(variable);
    }

    private static Optional<String> set(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(trimmed -> !trimmed.isEmpty());
    }

    ExtensionConfigurationException error(String problem, String fix) {
        return errors.problem(problem, fix);
    }

    /**
     * An arm: the configuration key wins over both attributes (its value may name coordinates,
     * {@code classpath} or an adapter class); without it, an adapter class wins over coordinates.
     */
    BenchmarkSettings.ArmSetting arm(String key, String coordinates, Class<? extends ClientAdapter> adapterClass) {
        return parameter(key)
                .map(configured -> new BenchmarkSettings.ArmSetting(configured, ClientAdapter.class))
                .orElseGet(() -> new BenchmarkSettings.ArmSetting(coordinates, adapterClass));
    }

    List<Operation> operations(Operation[] fromAnnotation) {
        Optional<String> configured = parameter(BenchmarkConfiguration.OPERATIONS);
        if (configured.isEmpty()) {
            return List.copyOf(Arrays.stream(fromAnnotation).distinct().toList());
        }
        List<Operation> operations = new ArrayList<>();
        for (String name : configured.get().split(",")) {
            String trimmed = name.trim().toUpperCase(Locale.ROOT);
            try {
                Operation operation = Operation.valueOf(trimmed);
                if (!operations.contains(operation)) {
                    operations.add(operation);
                }
            } catch (IllegalArgumentException unknown) {
                throw error(
                        "has unknown operation '" + name.trim() + "' in " + BenchmarkConfiguration.OPERATIONS,
                        "Use a comma-separated list of " + Arrays.toString(Operation.values()) + ".");
            }
        }
        return List.copyOf(operations);
    }

    /** The reports {@value BenchmarkConfiguration#REPORTS} names, in its order, or every report. */
    List<Report> reports() {
        Optional<String> configured = parameter(BenchmarkConfiguration.REPORTS);
        if (configured.isEmpty()) {
            return Report.DEFAULTS;
        }
        List<Report> reports = new ArrayList<>();
        for (String name : configured.get().split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Report report = Report.named(name)
                    .orElseThrow(() -> ConfigurationError.ofRun()
                            .problem(
                                    BenchmarkConfiguration.REPORTS + " names an unknown report '" + name.trim() + "'",
                                    "Use a comma-separated list of " + Report.names() + "."));
            if (!reports.contains(report)) {
                reports.add(report);
            }
        }
        if (reports.isEmpty()) {
            throw ConfigurationError.ofRun()
                    .problem(
                            BenchmarkConfiguration.REPORTS + "='" + configured.get() + "' names no report",
                            "Use a comma-separated list of " + Report.names() + ", or leave it out for all.");
        }
        return List.copyOf(reports);
    }

    /**
     * The run history in the directory {@value BenchmarkConfiguration#HISTORY} names, opened (and
     * created if missing), if set; it needs the {@link Report#HTML} report among {@code reports}.
     */
    Optional<History> history(List<Report> reports) {
        Optional<String> configured = parameter(BenchmarkConfiguration.HISTORY);
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        if (!reports.contains(Report.HTML)) {
            throw ConfigurationError.ofRun()
                    .problem(
                            BenchmarkConfiguration.HISTORY + " is set but " + BenchmarkConfiguration.REPORTS
                                    + " leaves out " + Report.HTML.id() + ", which stores the run history",
                            "Add " + Report.HTML.id() + " to " + BenchmarkConfiguration.REPORTS + ", or leave "
                                    + BenchmarkConfiguration.HISTORY + " out.");
        }
        try {
            return Optional.of(History.open(Path.of(configured.get())));
        } catch (IllegalArgumentException unusable) {
            throw ConfigurationError.ofRun()
                    .problem(
                            BenchmarkConfiguration.HISTORY + "='" + configured.get() + "' cannot hold the run history: "
                                    + unusable.getMessage(),
                            "Set " + BenchmarkConfiguration.HISTORY
                                    + " to a writable directory (it is created if missing), or leave it out to keep"
                                    + " no history.");
        }
    }

    /** The directory {@value BenchmarkConfiguration#REPORTS_DIR} names, or the default. */
    Path reportsDirectory() {
        return Path.of(
                parameter(BenchmarkConfiguration.REPORTS_DIR).orElse(BenchmarkConfiguration.DEFAULT_REPORTS_DIR));
    }

    /**
     * Refuses {@value #REMOVED_TRIALS}, which aerobench 0.1 read: silently ignoring it would leave a
     * CI job believing it still sets how much is measured.
     */
    void refuseRemovedKeys() {
        parameter(REMOVED_TRIALS).ifPresent(value -> {
            throw error(
                    "has " + REMOVED_TRIALS + "='" + value + "', a setting aerobench no longer has",
                    "Measuring now goes on, fork after fork, until the gate decides: set "
                            + BenchmarkConfiguration.TIME_BUDGET_SECONDS + " (and " + BenchmarkConfiguration.FORKS
                            + ", " + BenchmarkConfiguration.MAX_FORKS + ") instead.");
        });
    }

    /** The key of aerobench 0.1's fixed number of trials. */
    static final String REMOVED_TRIALS = "aerobench.trials";

    int positiveInt(String key, String name, int fromAnnotation) {
        int value = integer(key, name, fromAnnotation);
        if (value <= 0) {
            throw error(
                    "must have " + name + " > 0 but " + name + " is " + value + source(key),
                    "Set " + name + " to a positive number.");
        }
        return value;
    }

    /** A whole number of at least {@code minimum}; {@code why} says why in the error. */
    int atLeast(String key, String name, int fromAnnotation, int minimum, String why) {
        int value = integer(key, name, fromAnnotation);
        if (value < minimum) {
            throw error(
                    "must have " + name + " >= " + minimum + " but " + name + " is " + value + source(key),
                    "Set " + name + " to " + minimum + " or more: " + why + ".");
        }
        return value;
    }

    int nonNegativeInt(String key, String name, int fromAnnotation) {
        int value = integer(key, name, fromAnnotation);
        if (value < 0) {
            throw error(
                    "must have " + name + " >= 0 but " + name + " is " + value + source(key),
                    "Set " + name + " to zero or a positive number.");
        }
        return value;
    }

    private int integer(String key, String name, int fromAnnotation) {
        Optional<String> configured = parameter(key);
        if (configured.isEmpty()) {
            return fromAnnotation;
        }
        try {
            return Integer.parseInt(configured.get());
        } catch (NumberFormatException notNumber) {
            throw error(
                    "has " + key + "='" + configured.get() + "', which is not a whole number",
                    "Set " + key + " to a whole number for " + name + ".");
        }
    }

    /**
     * One threshold per operation, by the documented precedence: operation key, general key, the
     * annotation's {@link AerospikeBenchmark.Threshold} for the operation, its global attribute.
     */
    Map<Operation, Double> thresholds(
            AerospikeBenchmark annotation,
            String key,
            String name,
            Function<AerospikeBenchmark, Double> global,
            Function<AerospikeBenchmark.Threshold, Double> perOperation,
            double noGate) {
        Map<Operation, Double> thresholds = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            double value = global.apply(annotation);
            for (AerospikeBenchmark.Threshold threshold : annotation.thresholds()) {
                if (threshold.operation() == operation && perOperation.apply(threshold) != noGate) {
                    value = perOperation.apply(threshold);
                }
            }
            value = doubleParameter(key, name, value);
            value = doubleParameter(forOperation(operation, key), name, value);
            thresholds.put(operation, checked(value, name, " for " + operation, noGate));
        }
        return Map.copyOf(thresholds);
    }

    double threshold(String key, String name, double fromAnnotation, double noGate) {
        return checked(doubleParameter(key, name, fromAnnotation), name, "", noGate);
    }

    /** A threshold is a non-negative number; 0 only where 0 means "no gate" (not for a p99 limit). */
    private double checked(double value, String name, String where, double noGate) {
        if (Double.isInfinite(value) && noGate == 0) {
            throw error(
                    "must have a finite " + name + where + " but it is " + value,
                    "Set " + name + " to a number such as 0.9, or leave it out for no gate.");
        }
        if (Double.isNaN(value) || value < 0) {
            throw error(
                    "must have " + name + " >= 0" + where + " but it is " + value,
                    "Set " + name + " to a non-negative number, or leave it out for no gate.");
        }
        if (value == 0 && noGate != 0) {
            throw error(
                    "has " + name + " 0" + where + ", a limit every operation would exceed",
                    "Set " + name + " to a positive number, or leave it out for no gate.");
        }
        return value;
    }

    private double doubleParameter(String key, String name, double otherwise) {
        Optional<String> configured = parameter(key);
        if (configured.isEmpty()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(configured.get());
        } catch (NumberFormatException notNumber) {
            throw error(
                    "has " + key + "='" + configured.get() + "', which is not a number",
                    "Set " + key + " to a number for " + name + ", e.g. 0.9.");
        }
    }

    boolean bool(String key, boolean fromAnnotation) {
        Optional<String> configured = parameter(key);
        if (configured.isEmpty()) {
            return fromAnnotation;
        }
        return switch (configured.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("has " + key + "='" + configured.get() + "'", "Set " + key + " to true or false.");
        };
    }

    ServerKind serverKind(ServerKind fromAnnotation) {
        Optional<String> configured = parameter(BenchmarkConfiguration.SERVER);
        if (configured.isEmpty()) {
            return fromAnnotation;
        }
        try {
            return ServerKind.valueOf(configured.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw error(
                    "has " + BenchmarkConfiguration.SERVER + "='" + configured.get() + "'",
                    "Use one of auto, external, container, embedded.");
        }
    }

    long seed(long fromAnnotation) {
        Optional<String> configured = parameter(BenchmarkConfiguration.SEED);
        if (configured.isEmpty()) {
            return fromAnnotation;
        }
        try {
            return Long.parseLong(configured.get());
        } catch (NumberFormatException notNumber) {
            throw error(
                    "has " + BenchmarkConfiguration.SEED + "='" + configured.get() + "'",
                    "Set it to a whole number, or leave it out for a random seed.");
        }
    }

    private String source(String key) {
        return parameter(key).isPresent() ? " (from configuration parameter " + key + ")" : "";
    }
}
