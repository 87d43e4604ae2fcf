package dev.newsflow.enrich.ner;

/**
 * Optional extra evidence per character, e.g. matches of a gazetteer or knowledge base. The code of each
 * character becomes one feature; code 0 means "nothing". A hook only helps a model trained with the same hook
 * (weights are learned per code), so the shipped model, trained without one, ignores it.
 *
 * <p>Implementations must be thread-safe when the model is shared across threads.
 */
@FunctionalInterface
public interface NerFeatureHook {

    /**
     * Fills {@code codes[i]} (pre-zeroed, {@code codes.length == text.length()}) with a small category code for
     * character {@code i}, for instance {@code 1 + 4 * kind + positionInMatch}.
     */
    void annotate(String text, int[] codes);
}
