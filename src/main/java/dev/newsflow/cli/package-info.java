/**
 * The command line ({@code ./newsflow <command>}): picocli commands and the composition root. Nothing imports this
 * package; each command's {@code call()} returns an exit code and only {@link dev.newsflow.cli.Main} exits.
 */
package dev.newsflow.cli;
