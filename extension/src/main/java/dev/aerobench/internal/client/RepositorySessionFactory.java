package dev.aerobench.internal.client;

import java.nio.file.Path;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * Turns Maven settings into a Resolver session: local repository, offline flag, mirrors, proxies and
 * server credentials, with Maven 3's dependency rules (runtime scope, exclusions, nearest wins).
 */
final class RepositorySessionFactory {

    private RepositorySessionFactory() {}

    static CloseableSession newSession(
            RepositorySystem system, Settings settings, Path localRepository, boolean offline) {
        return new SessionBuilderSupplier(system)
                .get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setOffline(offline)
                .setSystemProperties(System.getProperties())
                .setMirrorSelector(mirrorSelector(settings))
                .setProxySelector(proxySelector(settings))
                .setAuthenticationSelector(authenticationSelector(settings))
                .build();
    }

    private static DefaultMirrorSelector mirrorSelector(Settings settings) {
        DefaultMirrorSelector selector = new DefaultMirrorSelector();
        for (Mirror mirror : settings.getMirrors()) {
            selector.add(
                    mirror.getId(),
                    mirror.getUrl(),
                    orDefault(mirror.getLayout(), "default"),
                    false,
                    mirror.isBlocked(),
                    mirror.getMirrorOf(),
                    orDefault(mirror.getMirrorOfLayouts(), "default,legacy"));
        }
        return selector;
    }

    private static DefaultProxySelector proxySelector(Settings settings) {
        DefaultProxySelector selector = new DefaultProxySelector();
        for (Proxy proxy : settings.getProxies()) {
            if (!proxy.isActive()) {
                continue;
            }
            Authentication authentication = proxy.getUsername() == null
                    ? null
                    : new AuthenticationBuilder()
                            .addUsername(proxy.getUsername())
                            .addPassword(proxy.getPassword())
                            .build();
            selector.add(
                    new org.eclipse.aether.repository.Proxy(
                            proxy.getProtocol(), proxy.getHost(), proxy.getPort(), authentication),
                    proxy.getNonProxyHosts());
        }
        return selector;
    }

    /** Plain-text credentials only: passwords encrypted with settings-security.xml are not decrypted. */
    private static DefaultAuthenticationSelector authenticationSelector(Settings settings) {
        DefaultAuthenticationSelector selector = new DefaultAuthenticationSelector();
        for (Server server : settings.getServers()) {
            if (server.getUsername() != null) {
                selector.add(
                        server.getId(),
                        new AuthenticationBuilder()
                                .addUsername(server.getUsername())
                                .addPassword(server.getPassword())
                                .build());
            }
        }
        return selector;
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
