package dev.newsflow.enrich.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Readers for the gold data: character BIO files (People's Daily, MSRA) and CLUENER JSON lines, plus the
 * project's deterministic CLUENER held-out split. Stateless, thread-safe.
 */
public final class NerCorpus {

    /** Every tenth CLUENER line (index % 10 == 9) is held out from training, for tuning and reporting. */
    public static final int HELD_OUT_MODULUS = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

    private NerCorpus() {
    }

    /** Format of a gold file, by content: CLUENER when the first non-blank character is '{'. */
    public enum Format { BIO, CLUENER }

    /** True when CLUENER line {@code line} belongs to the held-out split. */
    public static boolean isHeldOut(int line) {
        return line % HELD_OUT_MODULUS == HELD_OUT_MODULUS - 1;
    }

    public static Format detect(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\uFEFF' || Character.isWhitespace(c)) {
                    continue;
                }
                return c == '{' ? Format.CLUENER : Format.BIO;
            }
        }
        return Format.BIO;
    }

    public static List<NerSentence> read(Path file) throws IOException {
        return detect(file) == Format.CLUENER ? readCluener(file) : readBio(file);
    }

    public static List<NerSentence> readBio(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readBio(in);
        }
    }

    /**
     * Reads "character SEP tag" lines (SEP a space or TAB), a blank line between sentences. Tags are BIO (BIOES and
     * BMES are accepted too); a stray I- without B- opens a span, as conlleval does. Labels keep their names.
     */
    public static List<NerSentence> readBio(Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source);
        List<NerSentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> labels = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                flush(text, labels, out);
                continue;
            }
            int sep = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
            if (sep <= 0) {
                continue; // a tag without a character: nothing to align, skip
            }
            String ch = line.substring(0, sep);
            if (ch.length() > 1) {
                ch = ch.strip().isEmpty() ? " " : ch.strip();
            }
            text.append(ch);
            String tag = line.substring(sep + 1).strip();
            for (int k = 0; k < ch.length(); k++) {
                labels.add(k == 0 ? tag : continuation(tag));
            }
        }
        flush(text, labels, out);
        return out;
    }

    private static String continuation(String tag) {
        return tag.length() > 2 && tag.charAt(1) == '-' ? "I" + tag.substring(1) : tag;
    }

    private static void flush(StringBuilder text, List<String> labels, List<NerSentence> out) {
        if (text.isEmpty()) {
            return;
        }
        List<NerSpan> spans = new ArrayList<>();
        int open = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String tag = i < labels.size() ? labels.get(i) : "O";
            char pos = tag.length() > 2 && tag.charAt(1) == '-' ? tag.charAt(0) : 'O';
            String t = pos == 'O' ? null : tag.substring(2);
            boolean continues = (pos == 'I' || pos == 'M' || pos == 'E') && open >= 0 && t.equals(type);
            if (!continues && open >= 0) {
                spans.add(new NerSpan(open, i, type));
                open = -1;
            }
            if (pos != 'O' && !continues) {
                open = i;
                type = t;
            }
            if ((pos == 'E' || pos == 'S') && open >= 0) {
                spans.add(new NerSpan(open, i + 1, type));
                open = -1;
            }
        }
        out.add(new NerSentence(text.toString(), spans, out.size()));
        text.setLength(0);
        labels.clear();
    }

    public static List<NerSentence> readCluener(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCluener(in);
        }
    }

    /**
     * Reads CLUENER JSON lines {@code {"text": …, "label": {class: {surface: [[start, endInclusive]]}}}}. Spans
     * outside the text are dropped; labels are the class names. Blank lines are skipped but keep their index.
     */
    public static List<NerSentence> readCluener(Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source);
        List<NerSentence> out = new ArrayList<>();
        String line;
        int index = -1;
        while ((line = in.readLine()) != null) {
            index++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String text = node.path("text").asText("");
            List<NerSpan> spans = new ArrayList<>();
            JsonNode label = node.path("label");
            for (Iterator<Map.Entry<String, JsonNode>> classes = label.fields(); classes.hasNext(); ) {
                Map.Entry<String, JsonNode> cls = classes.next();
                for (Iterator<JsonNode> surfaces = cls.getValue().elements(); surfaces.hasNext(); ) {
                    for (JsonNode range : surfaces.next()) {
                        int s = range.path(0).asInt(-1);
                        int e = range.path(1).asInt(-1) + 1;
                        if (s >= 0 && e > s && e <= text.length()) {
                            spans.add(new NerSpan(s, e, cls.getKey()));
                        }
                    }
                }
            }
            spans.sort(Comparator.comparingInt(NerSpan::start).thenComparingInt(NerSpan::end)
                    .thenComparing(NerSpan::label));
            out.add(new NerSentence(text, spans, index));
        }
        return out;
    }

    /** Convenience for tests: reads BIO text from a string. */
    static List<NerSentence> readBio(String content) throws IOException {
        return readBio(new StringReader(content));
    }
}
