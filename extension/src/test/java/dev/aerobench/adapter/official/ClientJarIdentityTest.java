package dev.aerobench.adapter.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Client jar identity")
class ClientJarIdentityTest {

    @TempDir
    Path directory;

    @Test
    @DisplayName("names the Aerospike client inside a fat jar, not the fat jar or its first dependency")
    void clientInsideFatJar() throws IOException {
        Path fatJar = directory.resolve("application-all.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_TITLE, "my-application");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "3.1");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(fatJar), manifest)) {
            pomProperties(jar, "org.apache.maven.resolver", "maven-resolver-supplier-mvn3", "2.0.17");
            pomProperties(jar, "com.aerospike", "aerospike-client-jdk21", "9.0.4");
        }

        assertThat(ClientJarIdentity.ofJar(fatJar)).isEqualTo("aerospike-client-jdk21 9.0.4");
    }

    @Test
    @DisplayName("falls back to the manifest, then to the file name")
    void fallbacks() throws IOException {
        Path plain = directory.resolve("some-client-1.2.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plain))) {
            jar.putNextEntry(new JarEntry("README"));
        }

        assertThat(ClientJarIdentity.ofJar(plain)).isEqualTo("some-client-1.2");
    }

    private static void pomProperties(JarOutputStream jar, String groupId, String artifactId, String version)
            throws IOException {
        jar.putNextEntry(new JarEntry("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties"));
        OutputStream out = jar;
        out.write(("groupId=" + groupId + "\nartifactId=" + artifactId + "\nversion=" + version + "\n")
                .getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
