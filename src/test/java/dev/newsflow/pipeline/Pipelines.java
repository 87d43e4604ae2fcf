package dev.newsflow.pipeline;

import dev.newsflow.clean.ArticleCleaner;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.parse.PostParser;
import java.time.Clock;

/** One shared, fully loaded pipeline for tests (HanLP loads its dictionaries once per JVM). */
public final class Pipelines {
    private static ArticlePipeline shared;

    private Pipelines() {
    }

    public static synchronized ArticlePipeline shared() {
        if (shared == null) {
            shared = new ArticlePipeline(new PostParser(2 * 1024 * 1024), new ArticleCleaner(), new Enricher(10),
                PipelineObserver.NONE, Clock.systemUTC());
        }
        return shared;
    }
}
