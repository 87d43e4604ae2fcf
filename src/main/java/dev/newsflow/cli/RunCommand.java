package dev.newsflow.cli;

import dev.newsflow.kafka.NewsflowConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The pipeline against an existing cluster, for production. Runs until SIGTERM/Ctrl-C, then closes cleanly. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs the pipeline against an existing Kafka cluster until stopped (SIGTERM or Ctrl-C).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Override
    public Integer call() throws InterruptedException {
        NewsflowConfig config = options.resolve(System.getenv());
        config.requireBootstrapServers();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        PipelineRuntime runtime = PipelineRuntime.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "newsflow-shutdown"));
        err.println("newsflow running against " + config.bootstrapServers() + " as " + config.applicationId()
            + (runtime.opsPort() > 0 ? "; metrics and health on port " + runtime.opsPort() : ""));
        err.flush();
        stopped.await();
        return 0;
    }
}
