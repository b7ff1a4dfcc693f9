package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The extension jar's module descriptor")
class ModuleDescriptorIT {

    private static ModuleDescriptor descriptor() {
        Path jar = Path.of(System.getProperty("aerobench.extensionJar", "target/aerobench-extension.jar"));
        assertThat(jar).as("built by ./mvnw package").exists();
        Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
        assertThat(modules).hasSize(1);
        return modules.iterator().next().descriptor();
    }

    @Test
    @DisplayName("names the module dev.aerobench and exports exactly the API packages, to everyone")
    void exportsExactlyTheApi() {
        ModuleDescriptor descriptor = descriptor();

        assertThat(descriptor.name()).isEqualTo("dev.aerobench");
        assertThat(descriptor.isAutomatic())
                .as("a module-info.class, not a name derived from the jar")
                .isFalse();
        assertThat(descriptor.exports())
                .allMatch(export -> !export.isQualified())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.aerobench", "dev.aerobench.adapter", "dev.aerobench.adapter.official");
        assertThat(descriptor.packages())
                .as("the internal packages are in the module, and not exported")
                .contains(
                        "dev.aerobench.internal.client",
                        "dev.aerobench.internal.measure",
                        "dev.aerobench.internal.report");
    }

    @Test
    @DisplayName("opens only the extension's own package, only to JUnit, and needs Testcontainers only optionally")
    void opensOnlyToJUnit() {
        ModuleDescriptor descriptor = descriptor();

        assertThat(descriptor.opens()).singleElement().satisfies(open -> {
            assertThat(open.source()).isEqualTo("dev.aerobench");
            assertThat(open.targets()).containsExactly("org.junit.platform.commons");
        });
        assertThat(descriptor.requires())
                .filteredOn(requires -> requires.name().equals("testcontainers"))
                .singleElement()
                .satisfies(requires ->
                        assertThat(requires.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
