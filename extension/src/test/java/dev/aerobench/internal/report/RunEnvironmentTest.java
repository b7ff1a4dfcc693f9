package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

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

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the fake git is a POSIX shell command")
    @DisplayName("gives up on a git that hangs, kills it, and records no commit")
    void hungGit() throws Exception {
        Set<Long> before = descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        // Prints a hash, then never exits: the old code read stdout to its end before it waited.
        List<String> hangingGit = List.of("sh", "-c", "echo 0123456789abcdef0123456789abcdef01234567; exec sleep 600");

        Optional<String> commit = RunEnvironment.commitFromCommand(hangingGit, Duration.ofMillis(300));

        assertThat(commit).isEmpty();
        List<ProcessHandle> started =
                descendants().filter(process -> !before.contains(process.pid())).toList();
        for (ProcessHandle process : started) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                // the assertion below names it
            }
        }
        assertThat(started).as("the hung git is killed").noneMatch(ProcessHandle::isAlive);
    }

    private static Stream<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the fake git is a POSIX shell command")
    @DisplayName("takes the hash a git prints when it exits with 0, and nothing when it fails")
    void gitAnswers() {
        String hash = "0123456789abcdef0123456789abcdef01234567";

        assertThat(RunEnvironment.commitFromCommand(List.of("sh", "-c", "echo " + hash), Duration.ofSeconds(30)))
                .hasValue(hash);
        assertThat(RunEnvironment.commitFromCommand(
                        List.of("sh", "-c", "echo " + hash + "; exit 128"), Duration.ofSeconds(30)))
                .isEmpty();
        assertThat(RunEnvironment.commitFromCommand(
                        List.of("sh", "-c", "echo 'fatal: not a git repository'"), Duration.ofSeconds(30)))
                .isEmpty();
        assertThat(RunEnvironment.commitFromCommand(List.of("aerobench-no-such-git"), Duration.ofSeconds(30)))
                .isEmpty();
    }
}
