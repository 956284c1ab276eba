package org.w3id.clusterpolicy.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.w3id.clusterpolicy.query.BadParameterException;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * The command line: {@code convert}, {@code evaluate}, {@code query}, {@code validate}, {@code serve}, {@code publish}. This is the one
 * place that turns exceptions into a one-line message and an exit code: 0 success, 1 a graph that
 * does not conform to the shapes, 2 bad input or usage, 70 an internal error.
 */
@Command(name = "cluster-policy-kg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Converts European cluster-policy texts into a linked-data knowledge graph, queries it, validates it and serves it.",
        subcommands = {ConvertCommand.class, EvaluateCommand.class, QueryCommand.class, ValidateCommand.class, ServeCommand.class, PublishCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_NOT_CONFORMING = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_INTERNAL = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs a command line with the given streams and returns the exit code (tests call this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out).setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandName() + ": " + ex.getMessage().lines().findFirst().orElse("") + " (see --help)");
            c.getErr().flush();
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof BadInputException || ex instanceof BadParameterException) {
                c.getErr().println("error: " + ex.getMessage());
                c.getErr().flush();
                return EXIT_BAD_INPUT;
            }
            c.getErr().println("internal error: " + ex);
            ex.printStackTrace(c.getErr());
            c.getErr().flush();
            return EXIT_INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
