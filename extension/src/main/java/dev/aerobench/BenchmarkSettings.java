package dev.aerobench;

import static dev.aerobench.BenchmarkConfiguration.forOperation;

import dev.aerobench.adapter.ClientAdapter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The settings of one benchmark test, resolved from its {@link AerospikeBenchmark} and the JUnit
 * configuration parameters with the precedence {@link BenchmarkConfiguration} documents, and
 * validated: a bad value fails fast with a message that names the setting and the fix.
 */
record BenchmarkSettings(
        List<Operation> operations,
        int count,
        int concurrency,
        int batchSize,
        int warmup,
        int forks,
        int maxForks,
        int timeBudgetSeconds,
        int recordBins,
        int binBytes,
        double globalMinSpeedup,
        double globalMaxP99Millis,
        Map<Operation, Double> minSpeedup,
        Map<Operation, Double> maxP99Millis,
        ArmSetting candidate,
        ArmSetting baseline,
        boolean allowSameClient,
        ServerKind server,
        long seed) {

    /** One arm as configured: coordinates (or {@link AerospikeBenchmark#TEST_CLASSPATH}) or an adapter class. */
    record ArmSetting(String coordinates, Class<? extends ClientAdapter> adapterClass) {
        boolean usesAdapterClass() {
            return adapterClass != ClientAdapter.class;
        }

        @Override
        public String toString() {
            return usesAdapterClass() ? adapterClass.getName() : coordinates;
        }
    }

    double minSpeedup(Operation operation) {
        return minSpeedup.get(operation);
    }

    double maxP99Millis(Operation operation) {
        return maxP99Millis.get(operation);
    }

    static BenchmarkSettings resolve(ExtensionContext context, AerospikeBenchmark annotation) {
        Reader reader = new Reader(context);
        List<Operation> operations = reader.operations(annotation.operations());
        BenchmarkSettings settings = new BenchmarkSettings(
                operations,
                reader.positiveInt(BenchmarkConfiguration.COUNT, "count", annotation.count()),
                reader.positiveInt(BenchmarkConfiguration.CONCURRENCY, "concurrency", annotation.concurrency()),
                reader.positiveInt(BenchmarkConfiguration.BATCH_SIZE, "batchSize", annotation.batchSize()),
                reader.nonNegativeInt(BenchmarkConfiguration.WARMUP, "warmup", annotation.warmup()),
                reader.atLeast(BenchmarkConfiguration.FORKS, "forks", annotation.forks(), 2),
                reader.atLeast(BenchmarkConfiguration.MAX_FORKS, "maxForks", annotation.maxForks(), 2),
                reader.positiveInt(
                        BenchmarkConfiguration.TIME_BUDGET_SECONDS,
                        "timeBudgetSeconds",
                        annotation.timeBudgetSeconds()),
                reader.nonNegativeInt(BenchmarkConfiguration.RECORD_BINS, "recordBins", annotation.recordBins()),
                reader.positiveInt(BenchmarkConfiguration.BIN_BYTES, "binBytes", annotation.binBytes()),
                reader.threshold(
                        BenchmarkConfiguration.MIN_SPEEDUP,
                        "minSpeedup",
                        annotation.minSpeedup(),
                        AerospikeBenchmark.NO_MIN_SPEEDUP),
                reader.threshold(
                        BenchmarkConfiguration.MAX_P99_MILLIS,
                        "maxP99Millis",
                        annotation.maxP99Millis(),
                        AerospikeBenchmark.NO_MAX_P99),
                reader.thresholds(
                        annotation,
                        BenchmarkConfiguration.MIN_SPEEDUP,
                        "minSpeedup",
                        AerospikeBenchmark::minSpeedup,
                        AerospikeBenchmark.Threshold::minSpeedup,
                        AerospikeBenchmark.NO_MIN_SPEEDUP),
                reader.thresholds(
                        annotation,
                        BenchmarkConfiguration.MAX_P99_MILLIS,
                        "maxP99Millis",
                        AerospikeBenchmark::maxP99Millis,
                        AerospikeBenchmark.Threshold::maxP99Millis,
                        AerospikeBenchmark.NO_MAX_P99),
                reader.arm(BenchmarkConfiguration.CANDIDATE, annotation.candidate(), annotation.candidateAdapter()),
                reader.arm(BenchmarkConfiguration.BASELINE, annotation.baseline(), annotation.baselineAdapter()),
                reader.bool(BenchmarkConfiguration.ALLOW_SAME_CLIENT, annotation.allowSameClient()),
                reader.serverKind(annotation.server()),
                reader.seed(annotation.seed()));
        if (settings.maxForks() < settings.forks()) {
            throw reader.error(
                    "must have maxForks >= forks but maxForks is " + settings.maxForks() + " and forks "
                            + settings.forks(),
                    "Set maxForks to at least forks.");
        }
        return settings;
    }

    /** These settings with {@code seed}, e.g. the run's random seed in place of RANDOM_SEED. */
    BenchmarkSettings withSeed(long seed) {
        return new BenchmarkSettings(
                operations,
                count,
                concurrency,
                batchSize,
                warmup,
                forks,
                maxForks,
                timeBudgetSeconds,
                recordBins,
                binBytes,
                globalMinSpeedup,
                globalMaxP99Millis,
                minSpeedup,
                maxP99Millis,
                candidate,
                baseline,
                allowSameClient,
                server,
                seed);
    }

    /** Reads configuration parameters and turns bad values into configuration errors. */
    private static final class Reader {
        private final ExtensionContext context;

        Reader(ExtensionContext context) {
            this.context = context;
        }

        private Optional<String> parameter(String key) {
            return context.getConfigurationParameter(key).map(String::trim).filter(value -> !value.isEmpty());
        }

        /**
         * An arm: the configuration key wins over both attributes (its value may name coordinates,
         * {@code classpath} or an adapter class); without it, an adapter class wins over coordinates.
         */
        ArmSetting arm(String key, String coordinates, Class<? extends ClientAdapter> adapterClass) {
            return parameter(key)
                    .map(configured -> new ArmSetting(configured, ClientAdapter.class))
                    .orElseGet(() -> new ArmSetting(coordinates, adapterClass));
        }

        ExtensionConfigurationException error(String problem, String fix) {
            return new ExtensionConfigurationException(
                    "Configuration error: @AerospikeBenchmark on " + describe(context) + " " + problem + ". " + fix);
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

        int positiveInt(String key, String name, int fromAnnotation) {
            int value = integer(key, name, fromAnnotation);
            if (value <= 0) {
                throw error(
                        "must have " + name + " > 0 but " + name + " is " + value + source(key),
                        "Set " + name + " to a positive number.");
            }
            return value;
        }

        int atLeast(String key, String name, int fromAnnotation, int minimum) {
            int value = integer(key, name, fromAnnotation);
            if (value < minimum) {
                throw error(
                        "must have " + name + " >= " + minimum + " but " + name + " is " + value + source(key),
                        "Set " + name + " to " + minimum + " or more: an interval needs two forks.");
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

        Map<Operation, Double> thresholds(
                AerospikeBenchmark annotation,
                String key,
                String name,
                Function<AerospikeBenchmark, Double> global,
                Function<AerospikeBenchmark.Threshold, Double> perOperation,
                double unset) {
            Map<Operation, Double> thresholds = new EnumMap<>(Operation.class);
            for (Operation operation : Operation.values()) {
                double value = global.apply(annotation);
                for (AerospikeBenchmark.Threshold threshold : annotation.thresholds()) {
                    if (threshold.operation() == operation && perOperation.apply(threshold) != unset) {
                        value = perOperation.apply(threshold);
                    }
                }
                value = doubleParameter(key, name, value);
                value = doubleParameter(forOperation(operation, key), name, value);
                thresholds.put(operation, checked(value, name, " for " + operation, unset));
            }
            return Map.copyOf(thresholds);
        }

        double threshold(String key, String name, double fromAnnotation, double unset) {
            return checked(doubleParameter(key, name, fromAnnotation), name, "", unset);
        }

        /** A threshold is a non-negative number; 0 only where 0 means "no gate" (not for a p99 limit). */
        private double checked(double value, String name, String where, double unset) {
            if (Double.isNaN(value) || value < 0) {
                throw error(
                        "must have " + name + " >= 0" + where + " but it is " + value,
                        "Set " + name + " to a non-negative number, or leave it out for no gate.");
            }
            if (value == 0 && unset != 0) {
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
                default ->
                    throw error("has " + key + "='" + configured.get() + "'", "Set " + key + " to true or false.");
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

    static String describe(ExtensionContext context) {
        return context.getTestMethod()
                .map(method -> "method [" + method.getName() + "()] of "
                        + method.getDeclaringClass().getSimpleName())
                .orElseGet(() -> "class [" + context.getRequiredTestClass().getSimpleName() + "]");
    }
}
