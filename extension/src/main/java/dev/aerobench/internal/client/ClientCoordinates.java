package dev.aerobench.internal.client;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Maven coordinates of a client artifact, {@code groupId:artifactId:version}.
 *
 * <pre>{@code
 * ClientCoordinates candidate = ClientCoordinates.parse("com.aerospike:aerospike-client-jdk21:9.0.4");
 * }</pre>
 *
 * @param groupId Maven group, e.g. {@code com.aerospike}
 * @param artifactId Maven artifact, e.g. {@code aerospike-client-jdk21}
 * @param version exact version, e.g. {@code 9.0.4} (no ranges: a benchmark compares fixed builds)
 */
public record ClientCoordinates(String groupId, String artifactId, String version) {

    private static final String EXPECTED_FORM =
            "groupId:artifactId:version, e.g. com.aerospike:aerospike-client-jdk21:9.0.4";

    /** Characters Maven accepts in a groupId or artifactId. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]+");

    /** A version without whitespace, colons or range brackets. */
    private static final Pattern VERSION = Pattern.compile("[^\\s:\\[\\](),]+");

    public ClientCoordinates {
        requireMatch("groupId", groupId, ID);
        requireMatch("artifactId", artifactId, ID);
        requireMatch("version", version, VERSION);
    }

    /**
     * Parses {@code groupId:artifactId:version}; surrounding whitespace is ignored.
     *
     * @throws IllegalArgumentException naming the expected form when {@code text} does not have it
     */
    public static ClientCoordinates parse(String text) {
        Objects.requireNonNull(text, "coordinates");
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Malformed client coordinates '" + text + "': expected " + EXPECTED_FORM
                    + " (three parts separated by ':', found " + parts.length + ")");
        }
        try {
            return new ClientCoordinates(parts[0], parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed client coordinates '" + text + "': " + e.getMessage(), e);
        }
    }

    /** {@code groupId:artifactId:version}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }

    private static void requireMatch(String part, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(part + " '" + value + "' is empty or has characters"
                    + " Maven does not allow there; expected " + EXPECTED_FORM);
        }
    }
}
