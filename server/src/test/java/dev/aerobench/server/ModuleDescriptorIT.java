package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The server jar's module descriptor")
class ModuleDescriptorIT {

    @Test
    @DisplayName("names the module dev.aerobench.server, exports only its API package and needs only the JDK")
    void exportsOnlyTheApi() {
        Path jar = Path.of(System.getProperty("aerobench.serverJar", "target/aerobench-server.jar"));
        assertThat(jar).as("built by ./mvnw package").exists();

        Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
        assertThat(modules).hasSize(1);
        ModuleDescriptor descriptor = modules.iterator().next().descriptor();

        assertThat(descriptor.name()).isEqualTo("dev.aerobench.server");
        assertThat(descriptor.isAutomatic())
                .as("a module-info.class, not a name derived from the jar")
                .isFalse();
        assertThat(descriptor.exports())
                .allMatch(export -> !export.isQualified())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("dev.aerobench.server");
        assertThat(descriptor.opens()).isEmpty();
        assertThat(descriptor.requires())
                .extracting(ModuleDescriptor.Requires::name)
                .allMatch(name -> name.startsWith("java."));
        assertThat(descriptor.mainClass()).contains(ServerMain.class.getName());
    }
}
