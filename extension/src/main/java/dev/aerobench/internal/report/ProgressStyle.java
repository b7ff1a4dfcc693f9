package dev.aerobench.internal.report;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.function.UnaryOperator;

/** How the console shows a long measurement's progress. */
public enum ProgressStyle {
    /** One line, rewritten in place: for a person at a terminal. */
    LIVE,
    /** A plain line now and then: for CI logs and files, where a carriage return garbles the log. */
    LINES;

    /**
     * {@link #LINES} when the environment variable {@code CI} is set (GitHub Actions, GitLab, Jenkins
     * and most others set it) or no terminal is attached; else {@link #LIVE}.
     */
    public static ProgressStyle detect(UnaryOperator<String> environment) {
        String ci = environment.apply("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            return LINES;
        }
        return isTerminal(System.console()) ? LIVE : LINES;
    }

    /**
     * Whether {@code console} is a terminal. Up to Java 21 a console exists only for one; from Java
     * 22, {@code System.console()} may return one for redirected output too, and
     * {@code Console.isTerminal()} (which Java 21, the version this is compiled for, lacks) tells.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException java21) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            return false;
        }
    }
}
