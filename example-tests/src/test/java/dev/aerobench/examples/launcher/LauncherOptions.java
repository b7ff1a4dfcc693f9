package dev.aerobench.examples.launcher;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.BenchmarkConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher's command line, read into JUnit configuration parameters: {@code --count 5000}
 * becomes {@value BenchmarkConfiguration#COUNT}{@code =5000}, exactly what {@code -Daerobench.count=5000}
 * does under Maven. Both {@code --count 5000} and {@code --count=5000} are accepted.
 *
 * @param help whether {@code --help} was asked for
 * @param configurationParameters the parameters to run the suite with, by key
 */
record LauncherOptions(boolean help, Map<String, String> configurationParameters) {

    /** What {@code --help} prints. */
    static final String USAGE =
            """
            Usage: java -jar aerobench-examples.jar [options]

            Runs the seed benchmark suite (bench_sync.py and bench_async.py, ported to aerobench):
            the candidate client against the baseline client, sync and async, printing the tables
            and failing when a gate fails.

            Options:
              --count N             operations per trial and arm, and records seeded (default 1000)
              --concurrency N       commands in flight for the concurrent operations (default 50)
              --candidate G:A:V     the candidate client's Maven coordinates, 'classpath' or the
                                    name of a ClientAdapter class (default %s)
              --baseline G:A:V      the baseline client, in the same forms
                                    (default %s)
              -h, --help            print this help and exit

            Server: AEROSPIKE_HOST and AEROSPIKE_PORT name an Aerospike server to use; without them
            aerobench starts one (a Testcontainers container when Docker is there, else its
            embedded server).

            Any other aerobench setting can be given as a system property before -jar, e.g.
              java -Daerobench.timeBudgetSeconds=60 -jar aerobench-examples.jar --count 5000

            The reports are written to ./aerobench-reports (-Daerobench.reportsDir=DIR to change
            it): JSON, one file per test, and for the run summary.md, aerobench-report.html,
            jmh-result.json, bencher.json and github-action-benchmark's custom-*-is-better.json
            (-Daerobench.reports=... chooses; -Daerobench.history=DIR keeps a history of runs).

            Exit status: 0 when every test passed or was inconclusive (skipped), 1 when a test
            failed, 2 for a bad command line.
            """.formatted(AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE);

    LauncherOptions {
        configurationParameters = Map.copyOf(configurationParameters);
    }

    /**
     * Reads the command line.
     *
     * @throws UsageException naming the bad argument and what was expected
     */
    static LauncherOptions parse(List<String> arguments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--help") || argument.equals("-h")) {
                help = true;
                continue;
            }
            if (!argument.startsWith("--")) {
                throw new UsageException("unexpected argument '" + argument + "'"
                        + (isNumber(argument) ? "; did you mean --count " + argument + "?" : ""));
            }
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            Option option = Option.named(name);
            String value;
            if (argument.contains("=")) {
                value = argument.substring(argument.indexOf('=') + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else {
                throw new UsageException(name + " needs a value: " + name + " " + option.placeholder);
            }
            if (parameters.put(option.key, option.validate(value)) != null) {
                throw new UsageException(name + " is given twice; give it once");
            }
        }
        return new LauncherOptions(help, parameters);
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    /** The options that take a value, and the configuration parameter each one sets. */
    private enum Option {
        COUNT("--count", BenchmarkConfiguration.COUNT, "N"),
        CONCURRENCY("--concurrency", BenchmarkConfiguration.CONCURRENCY, "N"),
        CANDIDATE("--candidate", BenchmarkConfiguration.CANDIDATE, "groupId:artifactId:version"),
        BASELINE("--baseline", BenchmarkConfiguration.BASELINE, "groupId:artifactId:version");

        private final String name;
        private final String key;
        private final String placeholder;

        Option(String name, String key, String placeholder) {
            this.name = name;
            this.key = key;
            this.placeholder = placeholder;
        }

        static Option named(String name) {
            for (Option option : values()) {
                if (option.name.equals(name)) {
                    return option;
                }
            }
            throw new UsageException("unknown option '" + name + "'");
        }

        /** The value as the configuration parameter takes it, or a usage error saying what is wrong. */
        String validate(String value) {
            String trimmed = value.strip();
            return switch (this) {
                case COUNT, CONCURRENCY -> positiveWholeNumber(trimmed);
                case CANDIDATE, BASELINE -> client(trimmed);
            };
        }

        private String positiveWholeNumber(String value) {
            try {
                if (Integer.parseInt(value) > 0) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // reported below, with the same message as a number out of range
            }
            throw new UsageException(name + " needs a whole number greater than 0, not '" + value + "'");
        }

        private String client(String value) {
            try {
                return BenchmarkConfiguration.clientArm(value, LauncherOptions.class.getClassLoader());
            } catch (IllegalArgumentException unusable) {
                throw new UsageException(name + " needs Maven coordinates, '" + AerospikeBenchmark.TEST_CLASSPATH
                        + "' or a ClientAdapter class: " + unusable.getMessage());
            }
        }
    }

    /** A command line the launcher cannot run; the message says what is wrong. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
