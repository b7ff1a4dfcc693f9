package dev.aerobench.internal.client;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.adapter.ClientAdapter;
import java.util.Objects;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * What one arm of a comparison (candidate or baseline) runs. Load it with {@link ClientArmLoader}.
 *
 * <ul>
 *   <li>{@link MavenArtifact}: an official client resolved from Maven and loaded in a class loader of
 *       its own, isolated from the application class path; the normal case.
 *   <li>{@link ApplicationClassPath}: the client the application itself has on its class path.
 *   <li>{@link CustomAdapter}: a {@link ClientAdapter} the user wrote (e.g. around their DAO), loaded
 *       by the application's class loader and created with its {@code (ConnectionSettings)} constructor.
 * </ul>
 */
public sealed interface ClientArmSpec
        permits ClientArmSpec.MavenArtifact, ClientArmSpec.ApplicationClassPath, ClientArmSpec.CustomAdapter {

    /** Human-readable, for messages and reports. */
    String description();

    /** An official client resolved from Maven, e.g. {@code maven("com.aerospike:aerospike-client-jdk21:9.0.4")}. */
    static ClientArmSpec maven(String coordinates) {
        return new MavenArtifact(ClientCoordinates.parse(coordinates));
    }

    /** The client on the application class path. */
    static ClientArmSpec applicationClassPath() {
        return new ApplicationClassPath();
    }

    /** A user-written adapter with a public {@code (ConnectionSettings)} constructor. */
    static ClientArmSpec customAdapter(Class<? extends ClientAdapter> adapterClass) {
        return new CustomAdapter(adapterClass);
    }

    /**
     * Reads a configuration value: {@value AerospikeBenchmark#TEST_CLASSPATH}, Maven coordinates
     * ({@code groupId:artifactId:version}, recognised by the colons) or the fully qualified name of a
     * {@link ClientAdapter} class, loaded with {@code classLoader}.
     *
     * @throws IllegalArgumentException saying which of the three forms was expected
     */
    static ClientArmSpec parse(String text, ClassLoader classLoader) {
        String value = Objects.requireNonNull(text, "client arm").strip();
        if (value.equalsIgnoreCase(AerospikeBenchmark.TEST_CLASSPATH)) {
            return applicationClassPath();
        }
        if (value.contains(":")) {
            return maven(value);
        }
        Class<?> adapterClass = ReflectionSupport.tryToLoadClass(value, classLoader)
                .getOrThrow(e -> new IllegalArgumentException(
                        "Client arm '" + value + "' is neither '" + AerospikeBenchmark.TEST_CLASSPATH
                                + "', nor Maven coordinates (groupId:artifactId:version), nor a loadable class name",
                        e));
        if (!ClientAdapter.class.isAssignableFrom(adapterClass)) {
            throw new IllegalArgumentException(
                    "Client arm class " + value + " does not implement " + ClientAdapter.class.getName());
        }
        return customAdapter(adapterClass.asSubclass(ClientAdapter.class));
    }

    /** An official client resolved from Maven and isolated in its own class loader. */
    record MavenArtifact(ClientCoordinates coordinates) implements ClientArmSpec {
        public MavenArtifact {
            Objects.requireNonNull(coordinates, "coordinates");
        }

        @Override
        public String description() {
            return coordinates.toString();
        }
    }

    /** The official client on the application class path, driven by the official adapter. */
    record ApplicationClassPath() implements ClientArmSpec {
        @Override
        public String description() {
            return "the Aerospike client on the application class path";
        }
    }

    /** A user-written adapter, loaded by the application class loader. */
    record CustomAdapter(Class<? extends ClientAdapter> adapterClass) implements ClientArmSpec {
        public CustomAdapter {
            Objects.requireNonNull(adapterClass, "adapterClass");
        }

        @Override
        public String description() {
            return "custom adapter " + adapterClass.getName();
        }
    }
}
