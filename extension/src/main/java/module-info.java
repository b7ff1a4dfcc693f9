/**
 * aerobench: the {@code @AerospikeBenchmark} JUnit extension. Exports only its API packages;
 * {@code dev.aerobench.internal.*} stays inside. Several dependencies are automatic modules, some
 * named after their jar file (HdrHistogram, commons-math3, testcontainers, maven-settings, the jdk8 client).
 */
module dev.aerobench {
    requires transitive org.junit.jupiter.api;
    requires dev.aerobench.server;
    requires HdrHistogram;
    requires commons.math3;
    requires org.apache.maven.resolver;
    requires org.apache.maven.resolver.util;
    requires org.apache.maven.resolver.supplier;
    requires maven.settings;
    requires maven.settings.builder;

    // Optional: only the container server needs Testcontainers, and the extension falls back to the
    // embedded server without it.
    requires static testcontainers;
    requires static com.github.dockerjava.api;
    requires static com.github.dockerjava.transport;
    requires static com.github.dockerjava.transport.zerodep;
    // Compile-time only: the official adapter is linked at run time inside each arm's class loader.
    requires static aerospike.client.jdk8;
    requires static org.apiguardian.api;

    exports dev.aerobench;
    exports dev.aerobench.adapter;
    exports dev.aerobench.adapter.official;

    // JUnit instantiates the package-private extension class reflectively.
    opens dev.aerobench to
            org.junit.platform.commons;
}
