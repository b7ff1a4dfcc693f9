package dev.aerobench.internal.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.settings.Settings;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves a client artifact and its runtime dependencies to jar files with Maven Resolver, the way a
 * Maven build would: the local repository first, then Maven Central or the mirror that
 * {@code ~/.m2/settings.xml} declares for it. Works offline when the jars are already local.
 *
 * <pre>{@code
 * try (MavenClientResolver resolver = MavenClientResolver.builder().build()) {
 *     ResolvedClient jdk21 = resolver.resolve(ClientCoordinates.parse("com.aerospike:aerospike-client-jdk21:9.0.4"));
 * }
 * }</pre>
 *
 * <p>Thread-safe. Close it to release Resolver's HTTP connections.
 */
public final class MavenClientResolver implements AutoCloseable {

    /** The remote repository used unless a mirror replaces it: {@value}. */
    public static final String MAVEN_CENTRAL_URL = "https://repo.maven.apache.org/maven2/";

    private final RepositorySystem system;
    private final CloseableSession session;
    private final Path localRepository;
    private final boolean offline;
    private final List<RemoteRepository> remoteRepositories;

    private MavenClientResolver(Settings settings, Path localRepository, boolean offline) {
        this.system = new RepositorySystemSupplier().get();
        this.localRepository = localRepository;
        this.offline = offline;
        this.session = RepositorySessionFactory.newSession(system, settings, localRepository, offline);
        RemoteRepository central = new RemoteRepository.Builder("central", "default", MAVEN_CENTRAL_URL).build();
        // Applies the settings' mirrors, proxies and credentials to Central.
        this.remoteRepositories = system.newResolutionRepositories(session, List.of(central));
    }

    /** A builder that starts from the user's Maven settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Resolves {@code coordinates} with its runtime dependencies.
     *
     * @throws ClientResolutionException naming the coordinates, the repositories tried and the fix
     */
    public ResolvedClient resolve(ClientCoordinates coordinates) {
        Artifact root =
                new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(), "jar", coordinates.version());
        CollectRequest collect = new CollectRequest(new Dependency(root, JavaScopes.RUNTIME), remoteRepositories);
        DependencyRequest request =
                new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        try {
            List<ArtifactResult> results =
                    system.resolveDependencies(session, request).getArtifactResults();
            return toResolvedClient(coordinates, results);
        } catch (DependencyResolutionException | RuntimeException e) {
            throw new ClientResolutionException(failureMessage(coordinates, e), e);
        }
    }

    /** The local repository looked at first. */
    public Path localRepository() {
        return localRepository;
    }

    /** Whether remote repositories are never contacted. */
    public boolean offline() {
        return offline;
    }

    /** The remote repositories after mirrors are applied, as {@code id (url)}. */
    public List<String> remoteRepositories() {
        return remoteRepositories.stream()
                .map(r -> r.getId() + " (" + r.getUrl() + ")")
                .toList();
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            system.shutdown();
        }
    }

    private static ResolvedClient toResolvedClient(ClientCoordinates coordinates, List<ArtifactResult> results) {
        Path clientJar = null;
        List<Path> dependencies = new ArrayList<>();
        for (ArtifactResult result : results) {
            Artifact artifact = result.getArtifact();
            if (artifact.getGroupId().equals(coordinates.groupId())
                    && artifact.getArtifactId().equals(coordinates.artifactId())) {
                clientJar = artifact.getPath();
            } else {
                dependencies.add(artifact.getPath());
            }
        }
        if (clientJar == null) {
            throw new IllegalStateException("Resolver returned no jar for " + coordinates + " itself");
        }
        List<Path> jars = new ArrayList<>();
        jars.add(clientJar);
        jars.addAll(dependencies);
        return new ResolvedClient(coordinates, clientJar, jars);
    }

    private String failureMessage(ClientCoordinates coordinates, Exception e) {
        String fix = offline
                ? "Resolution is offline: fetch the artifact once online (e.g. mvn dependency:get -Dartifact="
                        + coordinates + ") or turn offline mode off."
                : "Check the coordinates (groupId:artifactId:version; the published versions are listed at "
                        + MAVEN_CENTRAL_URL + coordinates.groupId().replace('.', '/') + "/"
                        + coordinates.artifactId() + "/), or declare a reachable mirror in ~/.m2/settings.xml.";
        return "Cannot resolve the client " + coordinates + " with its runtime dependencies. Tried the local"
                + " repository " + localRepository
                + (offline
                        ? " (offline: no remote repository contacted)"
                        : " and the remote repositories " + remoteRepositories())
                + ". Cause: " + rootMessages(e) + ". " + fix;
    }

    private static String rootMessages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null && messages.size() < 3; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            }
        }
        return messages.stream().collect(Collectors.joining(" <- "));
    }

    /** Where to look; every setting defaults to what Maven itself would use. */
    public static final class Builder {
        private Path userSettingsFile = MavenSettingsReader.defaultUserSettingsFile();
        private Path globalSettingsFile = MavenSettingsReader.defaultGlobalSettingsFile();
        private Path localRepository;
        private Boolean offline;

        private Builder() {}

        /** The user settings file; default {@code ~/.m2/settings.xml}. */
        public Builder userSettingsFile(Path file) {
            this.userSettingsFile = file;
            return this;
        }

        /** The global settings file; default {@code ${maven.home}/conf/settings.xml} when set. */
        public Builder globalSettingsFile(Path file) {
            this.globalSettingsFile = file;
            return this;
        }

        /** Overrides {@code -Dmaven.repo.local} and the settings' {@code <localRepository>}. */
        public Builder localRepository(Path directory) {
            this.localRepository = directory;
            return this;
        }

        /** Overrides the settings' {@code <offline>}. */
        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        /** Reads the settings and creates the Resolver. */
        public MavenClientResolver build() {
            Settings settings = MavenSettingsReader.read(userSettingsFile, globalSettingsFile);
            Path local = localRepository != null ? localRepository : MavenSettingsReader.localRepository(settings);
            boolean isOffline = offline != null ? offline : settings.isOffline();
            return new MavenClientResolver(settings, local.toAbsolutePath(), isOffline);
        }
    }
}
