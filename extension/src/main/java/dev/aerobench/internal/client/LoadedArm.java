package dev.aerobench.internal.client;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One arm, loaded: its class loader and jars, ready to {@linkplain #openAdapter open adapters} to a
 * server. Loading (resolution, class loading) happens once; adapters are cheap to open per server or
 * per test class. Create it with {@link ClientArmLoader#load}.
 *
 * <p>{@link #close()} closes every adapter this arm opened that is still open, then its class loader.
 * After that the loader can be garbage collected, provided nothing else holds one of its classes
 * (the official adapter takes care of the jdk8 9.2.0 scan {@code ThreadLocal}, see
 * {@code OfficialClientAdapter}). Thread-safe.
 */
public final class LoadedArm implements AutoCloseable {

    private final ClientArmSpec spec;
    private final String identity;
    private final List<Path> jars;
    private final Path clientJar;
    private final ClassLoader classLoader;
    private final IsolatedClientLoader ownedLoader;
    private final Function<ConnectionSettings, ClientAdapter> adapterFactory;
    private final List<ClientAdapter> openedAdapters = new ArrayList<>();
    private String clientJarSha256;
    private boolean closed;

    LoadedArm(
            ClientArmSpec spec,
            String identity,
            List<Path> jars,
            Path clientJar,
            ClassLoader classLoader,
            IsolatedClientLoader ownedLoader,
            Function<ConnectionSettings, ClientAdapter> adapterFactory) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.jars = List.copyOf(jars);
        this.clientJar = clientJar;
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.ownedLoader = ownedLoader;
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
    }

    /** What was asked for. */
    public ClientArmSpec spec() {
        return spec;
    }

    /**
     * The client this arm runs, for reports, e.g. {@code aerospike-client-jdk21 9.0.4}; for a custom
     * adapter its class name, followed by the client it can see in parentheses.
     */
    public String identity() {
        return identity;
    }

    /** The jars this arm's code comes from: for a Maven arm the client jar and its dependencies. */
    public List<Path> jars() {
        return jars;
    }

    /** The jar {@code com.aerospike.client.AerospikeClient} comes from in this arm, if it has one. */
    public Optional<Path> clientJar() {
        return Optional.ofNullable(clientJar);
    }

    /** The loader the adapter's classes are defined by (the application's for a custom adapter). */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * Connects a new adapter; it is closed with this arm unless closed earlier.
     *
     * @throws IllegalStateException when this arm is closed
     */
    public ClientAdapter openAdapter(ConnectionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        synchronized (openedAdapters) {
            if (closed) {
                throw new IllegalStateException("Arm " + identity + " is closed; load it again to open adapters");
            }
        }
        ClientAdapter adapter = adapterFactory.apply(settings);
        synchronized (openedAdapters) {
            if (!closed) {
                openedAdapters.add(adapter);
                return adapter;
            }
        }
        adapter.close();
        throw new IllegalStateException("Arm " + identity + " was closed while an adapter was being opened");
    }

    /** Closes an adapter this arm opened, now rather than with the arm. Idempotent. */
    public void closeAdapter(ClientAdapter adapter) {
        synchronized (openedAdapters) {
            openedAdapters.remove(adapter);
        }
        adapter.close();
    }

    /**
     * Whether both arms run the very same client build: the same client jar file, or jar files with the
     * same content (SHA-256). Comparing such arms compares a client with itself; the extension refuses
     * that unless an A/A comparison is asked for explicitly.
     */
    public boolean sameClientAs(LoadedArm other) {
        if (clientJar == null || other.clientJar == null) {
            return false;
        }
        try {
            return Files.isSameFile(clientJar, other.clientJar)
                    || clientJarSha256().equals(other.clientJarSha256());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot compare the client jars " + clientJar + " and " + other.clientJar, e);
        }
    }

    /** Closes the adapters this arm opened, then its class loader. Idempotent. */
    @Override
    public void close() {
        List<ClientAdapter> adapters;
        synchronized (openedAdapters) {
            if (closed) {
                return;
            }
            closed = true;
            adapters = List.copyOf(openedAdapters);
            openedAdapters.clear();
        }
        RuntimeException failure = null;
        for (ClientAdapter adapter : adapters) {
            try {
                adapter.close();
            } catch (RuntimeException e) {
                failure = addFailure(failure, e);
            }
        }
        failure = closeOwnedLoader(failure);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "LoadedArm[" + identity + ", " + spec.description() + "]";
    }

    private RuntimeException closeOwnedLoader(RuntimeException failure) {
        if (ownedLoader == null) {
            return failure;
        }
        try {
            ownedLoader.close();
            return failure;
        } catch (IOException e) {
            return addFailure(failure, new UncheckedIOException("Cannot close the class loader of " + identity, e));
        }
    }

    private static RuntimeException addFailure(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    private synchronized String clientJarSha256() throws IOException {
        if (clientJarSha256 == null) {
            clientJarSha256 = sha256(clientJar);
        }
        return clientJarSha256;
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
