package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RunEnvironment")
class RunEnvironmentTest {

    @Test
    @DisplayName("takes the commit from the CI's variable, GitHub's first")
    void commitFromEnvironment() {
        Map<String, String> environment =
                Map.of("CI_COMMIT_SHA", "gitlab", "GITHUB_SHA", " github ", "HOSTNAME", "runner-7");

        RunRecord run = RunEnvironment.describe(Instant.parse("2026-11-30T01:37:10Z"), environment::get);

        assertThat(run.commit()).isEqualTo("github");
        assertThat(run.machine().host()).isEqualTo("runner-7");
        assertThat(run.machine().cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(run.machine().jdk()).startsWith(System.getProperty("java.version"));
        assertThat(run.id()).matches("20261130T013710Z-[0-9a-f]{8}");
        assertThat(run.operations()).isEmpty();
        assertThat(RunEnvironment.commitFromEnvironment(Map.of("GIT_COMMIT", "jenkins")::get))
                .hasValue("jenkins");
    }

    @Test
    @DisplayName("asks git when no CI variable is set (this checkout is a git work tree)")
    void commitFromGit() {
        RunRecord run = RunEnvironment.describe(Instant.now(), variable -> null);

        assertThat(run.commit()).matches("[0-9a-f]{40}|" + RunRecord.UNKNOWN);
    }
}
