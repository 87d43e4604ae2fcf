package dev.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./newsflow <command>}: the only place that calls {@link System#exit}. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
    description = "Kafka Streams pipeline: raw scraped news in, enriched articles and entity mentions out.",
    subcommands = {
        DemoCommand.class,
        RunCommand.class,
        PublishCommand.class,
        TailCommand.class,
        EnrichCommand.class,
        BenchCommand.class,
        TopicsCommand.class,
        TrainNerCommand.class,
        EvalNerCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The command line, configured; tests call {@code newCommandLine().execute(args)}. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }
}
