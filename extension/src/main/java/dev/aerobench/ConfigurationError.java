package dev.aerobench;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Builds every configuration error aerobench reports, so that all read alike: {@code Configuration
 * error: <subject> <problem>. <fix>}. The subject is the benchmark a setting belongs to
 * ({@code @AerospikeBenchmark on method [get()] of ClientUpgradeTest}), or nothing for what the
 * whole run shares, such as its server.
 */
final class ConfigurationError {

    private static final String PREFIX = "Configuration error: ";

    private final String subject;

    private ConfigurationError(String subject) {
        this.subject = subject;
    }

    /** Errors of the benchmark {@code context} runs: {@code @AerospikeBenchmark on method [x()] of C ...}. */
    static ConfigurationError on(ExtensionContext context) {
        return new ConfigurationError("@AerospikeBenchmark on " + describe(context) + " ");
    }

    /** Errors of what every benchmark of the run shares (the server): no subject. */
    static ConfigurationError ofRun() {
        return new ConfigurationError("");
    }

    /** {@code problem} says what is wrong (no final period), {@code fix} what to do about it (a sentence). */
    ExtensionConfigurationException problem(String problem, String fix) {
        return new ExtensionConfigurationException(message(problem, fix));
    }

    /** As {@link #problem(String, String)}, caused by {@code cause}. */
    ExtensionConfigurationException problem(String problem, String fix, Throwable cause) {
        return new ExtensionConfigurationException(message(problem, fix), cause);
    }

    /** A problem whose description already says what to do (e.g. a resolver's own message). */
    ExtensionConfigurationException problem(String problemAndFix, Throwable cause) {
        return new ExtensionConfigurationException(PREFIX + subject + problemAndFix, cause);
    }

    private String message(String problem, String fix) {
        return PREFIX + subject + problem + ". " + fix;
    }

    /** The test as messages name it: {@code method [get()] of ClientUpgradeTest}, or its class. */
    static String describe(ExtensionContext context) {
        return context.getTestMethod()
                .map(method -> "method [" + method.getName() + "()] of "
                        + method.getDeclaringClass().getSimpleName())
                .orElseGet(() -> "class [" + context.getRequiredTestClass().getSimpleName() + "]");
    }
}
