package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code demo --once} as a newcomer runs it: its own broker, the samples, every one accounted for, exit 0. */
class DemoCommandTest {

    @Test
    void demoOnceAccountsForEverySampleAndExitsZero() {
        CommandLineIntegrationTest.Result result = CommandLineIntegrationTest.newsflow("demo", "--once",
            "--metrics-port", "0", "--timeout", "240");

        assertThat(result.status()).as(result.out() + result.err()).isZero();
        int samples = DemoCommand.samples().size();
        assertThat(result.out()).contains("started an in-JVM Kafka broker", "all " + samples + " samples accounted for");
        assertThat(result.out().split("✔", -1)).hasSize(samples); // one line per good sample
        assertThat(result.out()).contains("✘ dead letter 06-bad-binary.bin: parse/invalid-utf8");
        assertThat(result.out()).contains("people: 刘国强").contains("中国人民银行");
    }
}
