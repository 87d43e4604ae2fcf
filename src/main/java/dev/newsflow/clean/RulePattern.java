package dev.newsflow.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cleaning rule's regular expression together with the plain text every match must contain, worked out once when
 * the rules load. Boilerplate, editor and ticker patterns run against every paragraph, and a failing
 * {@code find()} tries the pattern at every position: profiling showed them at a tenth of the whole pipeline's
 * time. Most paragraphs lack the pattern's required text (二维码, 编辑, {@code $}…), and {@link String#indexOf} says so
 * far faster.
 *
 * <p>The analysis is conservative: it reads only literal characters that every match must contain (outside
 * optional parts, character classes and lookarounds), alternations count when each branch requires some text, and
 * inline flags such as {@code (?i)} make it require nothing. {@link #mayMatch} is therefore a necessary condition
 * for a match, never a sufficient one. Immutable; thread-safe.
 */
final class RulePattern {
    private static final int MAX_CLAUSES = 3;

    private final Pattern pattern;
    /** Each clause: at least one of its strings occurs in every match. */
    private final List<List<String>> required;

    private RulePattern(Pattern pattern, List<List<String>> required) {
        this.pattern = pattern;
        this.required = required;
    }

    static RulePattern compile(String regex) {
        Pattern pattern = Pattern.compile(regex);
        List<List<String>> clauses = new ArrayList<>(Analysis.required(regex));
        // the most selective first: longer strings are rarer
        clauses.sort(Comparator.comparingInt((List<String> c) -> c.stream().mapToInt(String::length).min()
            .orElse(0)).reversed());
        return new RulePattern(pattern, List.copyOf(clauses.subList(0, Math.min(MAX_CLAUSES, clauses.size()))));
    }

    Pattern pattern() {
        return pattern;
    }

    /** What every match contains, as clauses of alternatives (empty when the analysis found nothing). */
    List<List<String>> required() {
        return required;
    }

    /** False when no match can lie in {@code text} from {@code from} on; true when one might. */
    boolean mayMatch(String text, int from) {
        for (List<String> clause : required) {
            boolean found = false;
            for (String s : clause) {
                if (text.indexOf(s, from) >= 0) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    boolean mayMatch(String text) {
        return mayMatch(text, 0);
    }

    /** {@code pattern().matcher(text).find()}, skipping the engine when the required text is absent. */
    boolean find(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /** The regex reader: a small recursive walk over the syntax java.util.regex accepts. */
    static final class Analysis {
        private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[idmsuxU-]+[:)]");

        private Analysis() {
        }

        /** Clauses every match of {@code regex} satisfies; empty when nothing can be said. */
        static List<List<String>> required(String regex) {
            if (INLINE_FLAGS.matcher(regex).find() || regex.contains("\\Q")) {
                return List.of(); // case-insensitive or quoted text: not worth reading
            }
            try {
                return sequenceOrAlternation(regex);
            } catch (RuntimeException e) {
                return List.of(); // something this reader does not follow: require nothing
            }
        }

        private static List<List<String>> sequenceOrAlternation(String re) {
            List<String> branches = splitTopLevel(re);
            if (branches.size() == 1) {
                return sequence(re);
            }
            // a match matches one branch, so it contains something each branch requires: the union of one
            // clause from every branch is required
            Set<String> union = new LinkedHashSet<>();
            for (String branch : branches) {
                List<List<String>> clauses = sequence(branch);
                if (clauses.isEmpty()) {
                    return List.of();
                }
                union.addAll(clauses.stream().max(Comparator.comparingInt(
                    (List<String> c) -> c.stream().mapToInt(String::length).min().orElse(0))).orElseThrow());
            }
            return List.of(List.copyOf(union));
        }

        private static List<List<String>> sequence(String re) {
            List<List<String>> clauses = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int i = 0;
            int n = re.length();
            while (i < n) {
                char c = re.charAt(i);
                Character literal = null;
                List<List<String>> group = null;
                int atomEnd;
                if (c == '\\') {
                    char e = re.charAt(i + 1);
                    atomEnd = i + 2;
                    if (Character.isLetterOrDigit(e)) {
                        if (e == 'p' || e == 'P') {
                            atomEnd = re.charAt(i + 2) == '{' ? re.indexOf('}', i + 2) + 1 : i + 3;
                        } else if (e == 'u') {
                            atomEnd = i + 6;
                        } else if (e == 'x') {
                            atomEnd = re.charAt(i + 2) == '{' ? re.indexOf('}', i + 2) + 1 : i + 4;
                        } else if (e == 'k' || e == 'N') {
                            atomEnd = re.indexOf(e == 'k' ? '>' : '}', i + 2) + 1; // \k<name>, \N{name}
                        } else if (e == 'c') {
                            atomEnd = i + 3;
                        } else if (Character.isDigit(e)) {
                            while (atomEnd < n && Character.isDigit(re.charAt(atomEnd))) {
                                atomEnd++; // back-reference or octal escape
                            }
                        }
                        // a class, an anchor or a back-reference: not literal text
                    } else {
                        literal = e;
                    }
                } else if (c == '[') {
                    atomEnd = classEnd(re, i);
                } else if (c == '(') {
                    int close = groupEnd(re, i);
                    atomEnd = close + 1;
                    String body = re.substring(i + 1, close);
                    if (body.startsWith("?=") || body.startsWith("?!") || body.startsWith("?<=")
                            || body.startsWith("?<!")) {
                        flush(run, clauses); // zero-width: it may separate the text around it
                        i = atomEnd;
                        continue;
                    }
                    if (body.startsWith("?<")) {
                        body = body.substring(body.indexOf('>') + 1);
                    } else if (body.startsWith("?:") || body.startsWith("?>")) {
                        body = body.substring(2);
                    } else if (body.startsWith("?")) {
                        return List.of(); // some construct not read here
                    }
                    group = sequenceOrAlternation(body);
                } else if (c == '^' || c == '$') {
                    flush(run, clauses);
                    i++;
                    continue;
                } else if (c == '.') {
                    atomEnd = i + 1;
                } else if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '{') {
                    return List.of(); // not where this reader expects it
                } else {
                    literal = c;
                    atomEnd = i + 1;
                }
                int[] quantifier = quantifier(re, atomEnd);
                boolean optional = quantifier[0] == 0;
                boolean repeated = quantifier[1] != atomEnd;
                if (literal != null) {
                    if (optional) {
                        flush(run, clauses);
                    } else {
                        run.append(literal.charValue());
                        if (repeated) {
                            flush(run, clauses);
                        }
                    }
                } else {
                    flush(run, clauses);
                    if (group != null && !optional) {
                        clauses.addAll(group);
                    }
                }
                i = quantifier[1];
            }
            flush(run, clauses);
            return clauses;
        }

        private static void flush(StringBuilder run, List<List<String>> clauses) {
            if (run.length() > 0) {
                clauses.add(List.of(run.toString()));
                run.setLength(0);
            }
        }

        /** {minimum repetitions (0 or 1), index after the quantifier (= {@code at} when there is none)}. */
        private static int[] quantifier(String re, int at) {
            if (at >= re.length()) {
                return new int[] {1, at};
            }
            char q = re.charAt(at);
            int min;
            int end;
            if (q == '?' || q == '*') {
                min = 0;
                end = at + 1;
            } else if (q == '+') {
                min = 1;
                end = at + 1;
            } else if (q == '{' && at + 1 < re.length() && Character.isDigit(re.charAt(at + 1))) {
                int close = re.indexOf('}', at);
                String[] bounds = re.substring(at + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].strip()) == 0 ? 0 : 1;
                end = close + 1;
            } else {
                return new int[] {1, at};
            }
            if (end < re.length() && (re.charAt(end) == '?' || re.charAt(end) == '+')) {
                end++; // lazy or possessive
            }
            return new int[] {min, end};
        }

        private static int classEnd(String re, int open) {
            int depth = 0;
            for (int i = open; i < re.length(); i++) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && i > open + 1 + (re.charAt(open + 1) == '^' ? 1 : 0)) {
                    depth--;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            }
            throw new IllegalArgumentException("unclosed class");
        }

        private static int groupEnd(String re, int open) {
            int[] close = {-1};
            scanTopLevel(re, open + 1, (i, c) -> {
                if (c == ')') {
                    close[0] = i;
                    return true;
                }
                return false;
            });
            if (close[0] < 0) {
                throw new IllegalArgumentException("unclosed group");
            }
            return close[0];
        }

        private static List<String> splitTopLevel(String re) {
            List<String> branches = new ArrayList<>();
            int[] start = {0};
            scanTopLevel(re, 0, (i, c) -> {
                if (c == '|') {
                    branches.add(re.substring(start[0], i));
                    start[0] = i + 1;
                }
                return false;
            });
            branches.add(re.substring(start[0]));
            return branches;
        }

        /** What a scan sees: a character outside escapes, classes and nested groups; true stops the scan. */
        private interface TopLevelVisitor {
            boolean visit(int index, char c);
        }

        /**
         * Walks {@code re} from {@code from}, skipping escapes, character classes and nested groups, and shows the
         * visitor every other character at this level, including the {@code )} that closes it.
         */
        private static void scanTopLevel(String re, int from, TopLevelVisitor visitor) {
            int depth = 0;
            for (int i = from; i < re.length(); i++) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    i = classEnd(re, i) - 1;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                } else if (depth == 0 && visitor.visit(i, c)) {
                    return;
                }
            }
        }
    }
}
