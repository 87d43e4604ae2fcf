/**
 * The three stages composed into one function, bytes → enriched article, shared by the topology, the
 * {@code enrich} and {@code bench} commands and the tests, so every path runs exactly the same code.
 */
package dev.newsflow.pipeline;
