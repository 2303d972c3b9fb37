package io.github.microcredentials.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code microcredentials} command.
 *
 * <p>Exit codes: 0 success (valid, conforming); 1 findings, an invalid or untrusted credential;
 * 2 usage error or unreadable input. Errors are one line on standard error; {@code --debug} adds
 * the stack trace.
 */
@Command(name = "microcredentials",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        header = "Issue, check and exchange European micro-credentials.",
        description = "Reads native JSON, Europass EDC (ELM v3) and Open Badges 3.0, validates them against the "
                + "Council Recommendation 2022, ECTS, HEROES and DigiProf rules, converts between the formats, "
                + "signs (Data Integrity, VC-JWT) and seals (JAdES, XAdES) them, and verifies what others signed. "
                + "Everything runs offline. 'microcredentials help COMMAND' or 'COMMAND --help' shows a "
                + "command's options and an example.",
        subcommands = {DemoCommand.class, ValidateCommand.class, ConvertCommand.class, KeygenCommand.class,
            SignCommand.class, VerifyCommand.class, PresentCommand.class, StatusCommand.class, RenderCommand.class, SealPdfCommand.class,
            BakeCommand.class, UnbakeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success: valid, conforming",
            "1:findings: invalid, non-conforming or untrusted",
            "2:usage error or unreadable input"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials demo --out demo",
            "  microcredentials validate --profile all demo/microcredential.json",
            "  microcredentials verify demo/microcredential.ob3.signed.json"})
public final class Main implements Runnable {

    /** Success. */
    public static final int OK = 0;
    /** The input has findings, is invalid, or is not trusted. */
    public static final int FINDINGS = 1;
    /** A usage error or unreadable input. */
    public static final int USAGE = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given output streams; for tests and embedding.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            Main main = cl.getCommandSpec().root().userObject() instanceof Main m ? m : null;
            if (e instanceof CliException cli && cli.alreadyReported()) {
                return cli.exitCode();
            }
            err.println("error: " + Errors.oneLine(e));
            if (main != null && main.debug) {
                e.printStackTrace(err);
            }
            return e instanceof CliException cli ? cli.exitCode() : USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line with its usage settings: help that fits {@value #USAGE_WIDTH} columns and is
     * wrapped at words, never cut.
     *
     * @return a new command line
     */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setUsageHelpWidth(USAGE_WIDTH);
        commandLine.setUsageHelpLongOptionsMaxWidth(LONG_OPTIONS_WIDTH);
        // picocli's own help command gets an example like every other command
        commandLine.getSubcommands().get("help").getCommandSpec().usageMessage()
                .footerHeading("%nExamples:%n").footer("  microcredentials help sign", "  microcredentials help");
        return commandLine;
    }

    /** The width of every help text. */
    static final int USAGE_WIDTH = 100;
    /** Long option names up to this width keep their description on the same line. */
    private static final int LONG_OPTIONS_WIDTH = 32;

    /** Without a command: the usage on standard error and the usage exit code, as for any usage error. */
    @Override
    public void run() {
        CommandLine commandLine = spec.commandLine();
        commandLine.getErr().println("error: no command given");
        commandLine.usage(commandLine.getErr());
        throw new CliException(USAGE, "no command given", null, true);
    }

    /** The version and commit this build was made from (build-time {@code version.properties}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo build = BuildInfo.current();
            return new String[] {
                "microcredentials " + build.version() + " (commit " + build.commit() + ")",
                "Java " + Runtime.version() + ", " + System.getProperty("java.vm.name")
            };
        }
    }
}
