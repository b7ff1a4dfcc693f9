package dev.aerobench.internal.report;

import java.nio.file.Path;

/**
 * The JVM that measured, as JMH's result names it.
 *
 * @param jvm        the {@code java} executable
 * @param jdkVersion {@code java.version}
 * @param vmName     {@code java.vm.name}
 * @param vmVersion  {@code java.vm.version}
 */
public record JvmInfo(String jvm, String jdkVersion, String vmName, String vmVersion) {

    /** This JVM. */
    public static JvmInfo current() {
        return new JvmInfo(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"));
    }
}
