package dev.aerobench.adapter.official;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Names a client build for reports, e.g. {@code aerospike-client-jdk21 9.0.4}, from what its jar
 * says about itself: the manifest's {@code Implementation-Title}/{@code Implementation-Version}
 * when both are there (jdk8 9.2.0), else the {@code META-INF/maven/.../pom.properties} that Maven
 * puts in every jar it builds (jdk21 9.0.4 has no such manifest entries), else the jar's file name.
 *
 * <p>Uses only the JDK, so it works both in the extension and inside an arm's class loader.
 */
public final class ClientJarIdentity {

    private static final String POM_PROPERTIES_DIRECTORY = "META-INF/maven/";
    private static final String AEROSPIKE_POM_DIRECTORY = POM_PROPERTIES_DIRECTORY + "com.aerospike/";

    private ClientJarIdentity() {}

    /** The identity of the jar that {@code clientClass} was loaded from. */
    public static String ofClass(Class<?> clientClass) {
        CodeSource source = clientClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return clientClass.getName() + " (unknown jar)";
        }
        try {
            return ofJar(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    /** The identity of {@code jar}; a directory (classes on a build path) is named by its path. */
    public static String ofJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return jar.toString();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            // An Aerospike client's own pom.properties first: a fat jar (an application's, or the
            // examples' executable jar) has its own manifest and many other pom.properties.
            String fromClientPom = fromPomProperties(file, AEROSPIKE_POM_DIRECTORY);
            if (fromClientPom != null) {
                return fromClientPom;
            }
            String fromManifest = fromManifest(file.getManifest());
            if (fromManifest != null) {
                return fromManifest;
            }
            String fromPom = fromPomProperties(file, POM_PROPERTIES_DIRECTORY);
            return fromPom != null ? fromPom : fileNameWithoutExtension(jar);
        } catch (IOException e) {
            return fileNameWithoutExtension(jar);
        }
    }

    private static String fromManifest(Manifest manifest) {
        if (manifest == null) {
            return null;
        }
        Attributes main = manifest.getMainAttributes();
        String title = main.getValue(Attributes.Name.IMPLEMENTATION_TITLE);
        String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        return title == null || version == null ? null : title + " " + version;
    }

    /** The first pom.properties under {@code directory}; a client jar holds exactly one (its own). */
    private static String fromPomProperties(JarFile file, String directory) throws IOException {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.startsWith(directory) && name.endsWith("/pom.properties")) {
                Properties properties = new Properties();
                try (InputStream in = file.getInputStream(entry)) {
                    properties.load(in);
                }
                String artifactId = properties.getProperty("artifactId");
                String version = properties.getProperty("version");
                if (artifactId != null && version != null) {
                    return artifactId + " " + version;
                }
            }
        }
        return null;
    }

    private static String fileNameWithoutExtension(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - ".jar".length()) : name;
    }
}
