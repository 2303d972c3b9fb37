package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage without a command, help of every command (with an example, within 100 columns), the version. */
class UsageAndHelpTest {

    @Test
    void noArguments_printUsageOnStandardError_andExit2() {
        SigningCommandsTest.Run run = SigningCommandsTest.run();

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: no command given").contains("Usage: microcredentials", "Commands:", "demo",
                "validate", "verify");
    }

    @Test
    void everyCommand_hasItsOwnHelp_withAnExample_fitting100Columns() {
        Map<String, CommandLine> commands = Main.commandLine().getSubcommands();
        assertThat(commands.keySet()).contains("demo", "validate", "convert", "keygen", "sign", "verify");
        for (String name : commands.keySet()) {
            SigningCommandsTest.Run help = SigningCommandsTest.run(name, "--help");
            SigningCommandsTest.Run viaHelp = SigningCommandsTest.run("help", name);

            assertThat(help.code()).as(name).isZero();
            if (!name.equals("help")) {
                assertThat(viaHelp.out()).as(name).isEqualTo(help.out());
            }
            assertThat(help.out()).as(name).contains("Usage: microcredentials " + name, "Example", "  microcredentials " + name);
            assertThat(help.out().lines()).as(name + " --help lines").allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        }
    }

    @Test
    void topLevelHelp_listsEachCommandWithItsWholeHeader() {
        SigningCommandsTest.Run help = SigningCommandsTest.run("--help");

        assertThat(help.code()).isZero();
        assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        for (CommandLine command : Main.commandLine().getSubcommands().values()) {
            String header = String.join(" ", command.getCommandSpec().usageMessage().header());
            if (!header.isEmpty()) {
                // the whole one-line header, not a description cut at the first hard line break
                assertThat(help.out()).contains(header);
                assertThat(header).endsWith(".");
            }
        }
    }

    @Test
    void version_printsTheBuildVersionAndCommit() {
        SigningCommandsTest.Run version = SigningCommandsTest.run("--version");

        assertThat(version.code()).isZero();
        assertThat(version.out()).doesNotContain("development build")
                .containsPattern("^microcredentials \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,40}|unknown)\\)")
                .contains("Java " + Runtime.version().feature());
        assertThat(BuildInfo.current().version()).isNotEqualTo("unknown").doesNotContain("${");
    }
}
