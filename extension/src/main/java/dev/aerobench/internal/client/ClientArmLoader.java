package dev.aerobench.internal.client;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.ClientJarIdentity;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Loads {@link ClientArmSpec}s into {@link LoadedArm}s. Maven arms are resolved with a
 * {@link MavenClientResolver} created on first use (from the user's Maven settings unless another
 * factory is given) and closed with this loader.
 *
 * <pre>{@code
 * try (ClientArmLoader loader = new ClientArmLoader();
 *      LoadedArm candidate = loader.load(ClientArmSpec.maven(AerospikeBenchmark.DEFAULT_CANDIDATE));
 *      LoadedArm baseline = loader.load(ClientArmSpec.maven(AerospikeBenchmark.DEFAULT_BASELINE))) {
 *     if (candidate.sameClientAs(baseline)) { ... refuse unless A/A was asked for ... }
 *     ClientAdapter adapter = candidate.openAdapter(ConnectionSettings.plain(host, port, "test"));
 *     adapter.put("demo", "k1", Map.of("i", 42L));
 * }
 * }</pre>
 */
public final class ClientArmLoader implements AutoCloseable {

    /** The class every official client has; its jar is "the client jar" of an arm. */
    static final String CLIENT_CLASS = "com.aerospike.client.AerospikeClient";

    /** The adapter aerobench defines inside Maven and class-path arms. */
    static final String OFFICIAL_ADAPTER_CLASS = IsolatedClientLoader.ADAPTER_PACKAGE + ".OfficialClientAdapter";

    private final Supplier<MavenClientResolver> resolverFactory;
    private final ClassLoader applicationLoader = ClientArmLoader.class.getClassLoader();
    private MavenClientResolver resolver;

    /** Resolves Maven arms as configured by the user's Maven settings. */
    public ClientArmLoader() {
        this(() -> MavenClientResolver.builder().build());
    }

    /** Resolves Maven arms with a resolver from {@code resolverFactory}, created on first use. */
    public ClientArmLoader(Supplier<MavenClientResolver> resolverFactory) {
        this.resolverFactory = resolverFactory;
    }

    /**
     * Loads one arm.
     *
     * @throws ClientResolutionException when the arm cannot be resolved or has no usable client/adapter
     */
    public LoadedArm load(ClientArmSpec spec) {
        return switch (spec) {
            case ClientArmSpec.MavenArtifact maven -> loadMaven(maven);
            case ClientArmSpec.ApplicationClassPath classPath -> loadApplicationClassPath(classPath);
            case ClientArmSpec.CustomAdapter custom -> loadCustom(custom);
        };
    }

    /** Closes the resolver, if one was created. Arms stay usable: close them yourself. */
    @Override
    public synchronized void close() {
        if (resolver != null) {
            resolver.close();
            resolver = null;
        }
    }

    private LoadedArm loadMaven(ClientArmSpec.MavenArtifact spec) {
        ResolvedClient resolved = resolver().resolve(spec.coordinates());
        String identity = ClientJarIdentity.ofJar(resolved.clientJar());
        IsolatedClientLoader loader = new IsolatedClientLoader(
                "aerobench arm " + identity,
                resolved.jars(),
                new SharedApiClassLoader(ClientAdapter.class.getClassLoader()),
                applicationLoader);
        try {
            requireClientClass(loader, spec);
            return new LoadedArm(
                    spec,
                    identity,
                    resolved.jars(),
                    resolved.clientJar(),
                    loader,
                    loader,
                    officialAdapterFactory(loader));
        } catch (RuntimeException e) {
            closeQuietly(loader, e);
            throw e;
        }
    }

    private LoadedArm loadApplicationClassPath(ClientArmSpec.ApplicationClassPath spec) {
        Path clientJar = clientJarVisibleTo(applicationLoader)
                .orElseThrow(() -> new ClientResolutionException(
                        "No Aerospike client (" + CLIENT_CLASS + ") on the application class path. Add one as a test"
                                + " dependency (e.g. com.aerospike:aerospike-client-jdk21), or name the client by its"
                                + " Maven coordinates instead of '" + AerospikeBenchmark.TEST_CLASSPATH + "'."));
        String identity = ClientJarIdentity.ofJar(clientJar);
        // No jars of its own: the parent (application loader) supplies the client; only the adapter is
        // defined here, so it links against exactly that client and the loader can be dropped on close.
        IsolatedClientLoader loader =
                new IsolatedClientLoader("aerobench arm " + identity, List.of(), applicationLoader, applicationLoader);
        return new LoadedArm(
                spec, identity, List.of(clientJar), clientJar, loader, loader, officialAdapterFactory(loader));
    }

    private LoadedArm loadCustom(ClientArmSpec.CustomAdapter spec) {
        Class<? extends ClientAdapter> adapterClass = spec.adapterClass();
        requireConnectionSettingsConstructor(adapterClass);
        Optional<Path> clientJar = clientJarVisibleTo(adapterClass.getClassLoader());
        String identity = adapterClass.getName()
                + clientJar
                        .map(jar -> " (" + ClientJarIdentity.ofJar(jar) + ")")
                        .orElse("");
        List<Path> jars = new ArrayList<>();
        codeSourcePath(adapterClass).ifPresent(jars::add);
        clientJar.filter(jar -> !jars.contains(jar)).ifPresent(jars::add);
        return new LoadedArm(
                spec,
                identity,
                jars,
                clientJar.orElse(null),
                adapterClass.getClassLoader(),
                null,
                settings -> ReflectionSupport.newInstance(adapterClass, settings));
    }

    private synchronized MavenClientResolver resolver() {
        if (resolver == null) {
            resolver = resolverFactory.get();
        }
        return resolver;
    }

    private static Function<ConnectionSettings, ClientAdapter> officialAdapterFactory(ClassLoader armLoader) {
        return settings -> {
            Class<? extends ClientAdapter> adapterClass = ReflectionSupport.tryToLoadClass(
                            OFFICIAL_ADAPTER_CLASS, armLoader)
                    .getOrThrow(e ->
                            new IllegalStateException("The aerobench extension lacks " + OFFICIAL_ADAPTER_CLASS, e))
                    .asSubclass(ClientAdapter.class);
            return ReflectionSupport.newInstance(adapterClass, settings);
        };
    }

    private static void requireClientClass(ClassLoader loader, ClientArmSpec.MavenArtifact spec) {
        try {
            Class.forName(CLIENT_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ClientResolutionException(
                    spec.coordinates() + " resolved, but its jars do not provide "
                            + CLIENT_CLASS + ": it is not an official Aerospike Java client. Use the coordinates of one"
                            + " (e.g. " + AerospikeBenchmark.DEFAULT_CANDIDATE + "), or write a ClientAdapter for it.",
                    e);
        }
    }

    private static void requireConnectionSettingsConstructor(Class<? extends ClientAdapter> adapterClass) {
        try {
            if (!Modifier.isPublic(adapterClass
                            .getConstructor(ConnectionSettings.class)
                            .getModifiers())
                    || Modifier.isAbstract(adapterClass.getModifiers())) {
                throw new NoSuchMethodException();
            }
        } catch (NoSuchMethodException e) {
            throw new ClientResolutionException("Custom adapter " + adapterClass.getName() + " must be a concrete"
                    + " class with a public constructor " + adapterClass.getSimpleName() + "("
                    + ConnectionSettings.class.getName() + "); aerobench creates one adapter per connection with it.");
        }
    }

    private static Optional<Path> clientJarVisibleTo(ClassLoader loader) {
        try {
            return codeSourcePath(Class.forName(CLIENT_CLASS, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> codeSourcePath(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(IsolatedClientLoader loader, RuntimeException failure) {
        try {
            loader.close();
        } catch (java.io.IOException e) {
            failure.addSuppressed(e);
        }
    }
}
