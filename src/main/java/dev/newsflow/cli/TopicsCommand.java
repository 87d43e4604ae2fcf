package dev.newsflow.cli;

import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicAdmin;
import dev.newsflow.kafka.TopicCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Topics as code: {@code topics/*.yaml} (Strimzi KafkaTopic resources) against a live cluster. */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "Compares or reconciles the topics declared in topics/ with a cluster.",
    subcommands = {TopicsCommand.Apply.class, TopicsCommand.Diff.class})
final class TopicsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions options = new ConfigOptions();

        @Option(names = "--dir", paramLabel = "DIR",
            description = "Directory of KafkaTopic YAML files (default: the copy packaged from topics/).")
        Path dir;

        TopicCatalog catalog() {
            return dir == null ? TopicCatalog.loadDefault() : TopicCatalog.load(dir);
        }

        int report(List<TopicAdmin.Change> changes, String none) {
            PrintWriter out = spec.commandLine().getOut();
            if (changes.isEmpty()) {
                out.println(none);
            }
            changes.forEach(out::println);
            out.flush();
            return 0;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Creates missing topics, adds partitions and sets configs (idempotent).")
    static final class Apply extends Base {
        @Override
        public Integer call() throws InterruptedException {
            NewsflowConfig config = options.resolve(System.getenv());
            try (Admin admin = Admin.create(config.clientProperties())) {
                return report(new TopicAdmin(admin).apply(catalog().all()), "topics already up to date");
            }
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Shows what apply would change; changes nothing. Exit status 3 when there are differences.")
    static final class Diff extends Base {
        @Override
        public Integer call() throws InterruptedException {
            NewsflowConfig config = options.resolve(System.getenv());
            try (Admin admin = Admin.create(config.clientProperties())) {
                List<TopicAdmin.Change> changes = new TopicAdmin(admin).diff(catalog().all());
                report(changes, "no differences");
                return changes.isEmpty() ? 0 : 3;
            }
        }
    }
}
