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
        description = "Issue, check and exchange European micro-credentials.",
        subcommands = {DemoCommand.class, ValidateCommand.class, ConvertCommand.class, KeygenCommand.class,
            SignCommand.class, VerifyCommand.class, RenderCommand.class, SealPdfCommand.class, BakeCommand.class,
            UnbakeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success: valid, conforming",
            "1:findings: invalid, non-conforming or untrusted",
            "2:usage error or unreadable input"})
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
        CommandLine commandLine = new CommandLine(new Main());
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"microcredentials " + (version == null ? "(development build)" : version)};
        }
    }
}
