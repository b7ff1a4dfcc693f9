package dev.aerobench.benchmark.server;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Live objects per class, as {@code jcmd <pid> GC.class_histogram} prints them, taken from inside
 * the JVM. Taking one runs a full GC first, so it counts live objects only.
 */
final class ClassHistogram {

    /** A histogram row: {@code   1:   200000   16000000  [B (java.base@25)}. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private final Map<String, ClassUsage> byClass;

    private ClassHistogram(Map<String, ClassUsage> byClass) {
        this.byClass = byClass;
    }

    /** Live instances and bytes of one class. */
    record ClassUsage(String className, long instances, long bytes) {}

    /** Takes a histogram of this JVM's heap through the DiagnosticCommand MBean (a full GC runs first). */
    static ClassHistogram ofThisJvm() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            return parse((String) text);
        } catch (JMException unavailable) {
            throw new IllegalStateException(
                    "cannot take a class histogram (the DiagnosticCommand MBean of " + "HotSpot is needed): "
                            + unavailable.getMessage(),
                    unavailable);
        }
    }

    /** Reads the text of {@code GC.class_histogram}; lines that are not class rows are skipped. */
    static ClassHistogram parse(String text) {
        Map<String, ClassUsage> byClass = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                // The same name can appear once per class loader (the client arms load their own copies).
                ClassUsage usage =
                        new ClassUsage(row.group(3), Long.parseLong(row.group(1)), Long.parseLong(row.group(2)));
                byClass.merge(
                        usage.className(),
                        usage,
                        (a, b) -> new ClassUsage(a.className(), a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        return new ClassHistogram(byClass);
    }

    /** Bytes of every class together. */
    long totalBytes() {
        return byClass.values().stream().mapToLong(ClassUsage::bytes).sum();
    }

    /** The {@code limit} classes that grew most in bytes since {@code earlier}, largest growth first. */
    List<ClassUsage> largestGrowthSince(ClassHistogram earlier, int limit) {
        List<ClassUsage> growth = new ArrayList<>();
        for (ClassUsage now : byClass.values()) {
            ClassUsage before = earlier.byClass.getOrDefault(now.className(), new ClassUsage(now.className(), 0, 0));
            growth.add(new ClassUsage(
                    now.className(), now.instances() - before.instances(), now.bytes() - before.bytes()));
        }
        growth.sort(Comparator.comparingLong(ClassUsage::bytes).reversed());
        return List.copyOf(growth.subList(0, Math.min(limit, growth.size())));
    }
}
