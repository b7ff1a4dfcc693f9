package dev.aerobench.internal.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A client artifact resolved with its runtime dependencies.
 *
 * @param coordinates what was asked for
 * @param clientJar the artifact's own jar
 * @param jars the client jar first, then every runtime dependency jar (the class path of its arm)
 */
public record ResolvedClient(ClientCoordinates coordinates, Path clientJar, List<Path> jars) {

    public ResolvedClient {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(clientJar, "clientJar");
        jars = List.copyOf(jars);
        if (jars.isEmpty() || !jars.getFirst().equals(clientJar)) {
            throw new IllegalArgumentException("jars must start with the client jar " + clientJar + ": " + jars);
        }
    }
}
