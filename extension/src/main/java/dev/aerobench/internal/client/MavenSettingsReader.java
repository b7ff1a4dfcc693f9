package dev.aerobench.internal.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;

/**
 * Reads the effective Maven settings (global merged with user, properties interpolated) the way
 * Maven 3 does, so an arm is resolved from the same local repository and mirrors as the build.
 */
final class MavenSettingsReader {

    /** The system property Maven itself reads for the local repository ({@code -Dmaven.repo.local}). */
    static final String LOCAL_REPOSITORY_PROPERTY = "maven.repo.local";

    private MavenSettingsReader() {}

    /** The user's settings file, {@code ~/.m2/settings.xml} (it need not exist). */
    static Path defaultUserSettingsFile() {
        return userHome().resolve(".m2").resolve("settings.xml");
    }

    /** {@code ${maven.home}/conf/settings.xml} when running under Maven, else {@code null}. */
    static Path defaultGlobalSettingsFile() {
        String mavenHome = System.getProperty("maven.home");
        return mavenHome == null ? null : Path.of(mavenHome, "conf", "settings.xml");
    }

    /**
     * The effective settings; files that do not exist count as empty.
     *
     * @throws ClientResolutionException when a settings file exists but cannot be parsed
     */
    static Settings read(Path userSettingsFile, Path globalSettingsFile) {
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
        Properties systemProperties = new Properties();
        systemProperties.putAll(System.getProperties());
        System.getenv().forEach((name, value) -> systemProperties.put("env." + name, value));
        request.setSystemProperties(systemProperties);
        if (userSettingsFile != null && Files.exists(userSettingsFile)) {
            request.setUserSettingsFile(userSettingsFile.toFile());
        }
        if (globalSettingsFile != null && Files.exists(globalSettingsFile)) {
            request.setGlobalSettingsFile(globalSettingsFile.toFile());
        }
        try {
            return new DefaultSettingsBuilderFactory()
                    .newInstance()
                    .build(request)
                    .getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            String problems = e.getProblems().stream().map(Object::toString).collect(Collectors.joining("; "));
            throw new ClientResolutionException(
                    "Cannot read the Maven settings (" + userSettingsFile
                            + (globalSettingsFile == null ? "" : ", " + globalSettingsFile) + "): " + problems
                            + ". Fix the file, or point aerobench to another one.",
                    e);
        }
    }

    /**
     * Where artifacts are looked up first: {@code -Dmaven.repo.local}, else {@code <localRepository>}
     * of the settings, else {@code ~/.m2/repository} (Maven's own order).
     */
    static Path localRepository(Settings settings) {
        String fromProperty = System.getProperty(LOCAL_REPOSITORY_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Path.of(fromProperty);
        }
        if (settings.getLocalRepository() != null
                && !settings.getLocalRepository().isBlank()) {
            return Path.of(settings.getLocalRepository());
        }
        return userHome().resolve(".m2").resolve("repository");
    }

    private static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }
}
