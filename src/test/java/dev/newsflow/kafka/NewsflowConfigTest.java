package dev.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NewsflowConfigTest {

    @Test
    void flagsBeatEnvironmentBeatFileBeatDefaults() {
        Properties file = new Properties();
        file.setProperty("bootstrap.servers", "file:9092");
        file.setProperty("application.id", "from-file");
        file.setProperty("keywords.limit", "7");
        Map<String, String> env = Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "env:9092", "NEWSFLOW_APPLICATION_ID", "from-env",
            "PATH", "/bin", "NEWSFLOW_JAVA_OPTS", "-Xmx512m", "NEWSFLOW_LOG_LEVEL", "DEBUG", "NEWSFLOW_CONFIG", "x");
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", "flag:9092");
        flags.put("application.id", null); // an option not given on the command line

        NewsflowConfig config = NewsflowConfig.resolve(flags, env, file);

        assertThat(config.bootstrapServers()).isEqualTo("flag:9092");
        assertThat(config.applicationId()).isEqualTo("from-env");
        assertThat(config.keywordLimit()).isEqualTo(7);
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.metricsPort()).isEqualTo(9464);
    }

    @Test
    void kafkaPrefixedSettingsPassThroughFromEnvAndFlags() {
        NewsflowConfig config = NewsflowConfig.resolve(Map.of("kafka.sasl.mechanism", "PLAIN"),
            Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "NEWSFLOW_BOOTSTRAP_SERVERS", "b:9092"),
            new Properties());
        assertThat(config.kafka()).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "PLAIN");
        assertThat(config.clientProperties()).containsEntry("security.protocol", "SASL_SSL")
            .containsEntry("bootstrap.servers", "b:9092");
    }

    @Test
    void malformedOrUnknownValuesFailNamingTheKey() {
        assertThatThrownBy(() -> NewsflowConfig.resolve(Map.of("num.stream.threads", "two"), Map.of(), new Properties()))
            .hasMessageContaining("num.stream.threads");
        assertThatThrownBy(() -> NewsflowConfig.resolve(Map.of("processing.guarantee", "exactly_once"), Map.of(),
            new Properties())).hasMessageContaining("processing.guarantee");
        assertThatThrownBy(() -> NewsflowConfig.resolve(Map.of("bootstrap.server", "x"), Map.of(), new Properties()))
            .hasMessageContaining("unknown setting 'bootstrap.server'");
        assertThatThrownBy(() -> NewsflowConfig.resolve(Map.of(), Map.of(), new Properties()).requireBootstrapServers())
            .hasMessageContaining("--bootstrap-servers");
    }
}
