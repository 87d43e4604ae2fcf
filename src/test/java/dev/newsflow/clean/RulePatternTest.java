package dev.newsflow.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulePatternTest {

    @Test
    void requiresTheLiteralTextEveryMatchContains() {
        assertThat(required("(扫描|扫码|长按|识别).{0,12}二维码.{0,16}(关注|下载)"))
            .contains(List.of("二维码"), List.of("扫描", "扫码", "长按", "识别"), List.of("关注", "下载"));
        assertThat(required("^null$")).containsExactly(List.of("null"));
        assertThat(required("点击查看\\s*>>\\s*$")).contains(List.of("点击查看"), List.of(">>"));
        assertThat(required("(?<![\\u3400-\\u9fff])编辑\\s*[：:]")).containsExactly(List.of("编辑"));
        assertThat(required("\\$(?<name>[^$()（）]{1,30})[（(](?<code>[0-9]{4,6})[)）]\\$"))
            .containsExactly(List.of("$"), List.of("$"));
        assertThat(required("(?:Editing|Edited) by (?<name>[A-Z][a-z]+)"))
            .contains(List.of("Editing", "Edited"), List.of(" by "));
    }

    @Test
    void optionalRepeatedAndUnreadablePartsRequireNothing() {
        assertThat(required("abc?")).containsExactly(List.of("ab"));
        assertThat(required("ab+c")).containsExactly(List.of("ab"), List.of("c"));
        assertThat(required("(编辑)?x{0,3}[编辑]")).isEmpty();
        assertThat(required("编辑|.")).isEmpty(); // one branch requires nothing
        assertThat(required("(?i)editor")).isEmpty();
        assertThat(required("\\Qa.b\\E")).isEmpty();
        assertThat(required("(a)\\1")).containsExactly(List.of("a"));
        assertThat(required("\\k<x>")).isEmpty();
    }

    @Test
    void aPrefilteredFindAgreesWithTheRegexOnText() {
        RulePattern p = RulePattern.compile("(扫描|扫码).{0,12}二维码");
        assertThat(p.find("请扫描下方二维码关注")).isTrue();
        assertThat(p.find("请扫描下方图片")).isFalse();
        assertThat(p.mayMatch("二维码在此", 3)).isFalse(); // from an offset on, the text is gone
    }

    /**
     * The safety property: wherever a bundled rule matches, its required text is there. Checked on every line of the
     * fixtures and of the real corpus (when present), and on random strings built from each pattern's own characters.
     */
    @Test
    void noBundledRuleIsEverSkippedWhereItMatches() throws IOException {
        List<String> regexes = bundledRegexes();
        assertThat(regexes).hasSizeGreaterThan(20);
        List<String> texts = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
            files.forEach(sources::add);
        }
        if (Files.isDirectory(Corpus.rawDir())) {
            sources.addAll(Corpus.files());
        } else {
            System.out.println("RulePatternTest: " + Corpus.rawDir() + " absent; fixtures and random text only");
        }
        for (Path file : sources) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            for (String line : raw.split("\n")) {
                texts.add(line);
                texts.add(line.replaceAll("<[^>]*>", "").strip());
            }
        }
        int matches = 0;
        Random random = new Random(11);
        for (String regex : regexes) {
            RulePattern rule = RulePattern.compile(regex);
            List<String> all = new ArrayList<>(texts);
            all.addAll(randomTexts(regex, random, 3000));
            for (String text : all) {
                if (rule.pattern().matcher(text).find()) {
                    matches++;
                    assertThat(rule.mayMatch(text)).as("%s on %s", regex, text).isTrue();
                }
            }
        }
        assertThat(matches).as("the check saw real matches").isGreaterThan(50);
    }

    private static List<List<String>> required(String regex) {
        return RulePattern.Analysis.required(regex);
    }

    private static List<String> bundledRegexes() throws IOException {
        JsonNode rules;
        try (InputStream in = RulePatternTest.class.getResourceAsStream("/clean/rules.json")) {
            rules = new ObjectMapper().readTree(in);
        }
        List<String> out = new ArrayList<>();
        List<JsonNode> sets = new ArrayList<>();
        sets.add(rules.path("default"));
        rules.path("feeds").forEach(sets::add);
        for (JsonNode set : sets) {
            for (String field : List.of("dropParagraphs", "editorPatterns", "captionPatterns", "stockPatterns")) {
                set.path(field).forEach(n -> out.add(n.asText()));
            }
            if (!set.path("videoTitle").asText("").isEmpty()) {
                out.add(set.path("videoTitle").asText());
            }
        }
        return out;
    }

    /** Strings over the pattern's own characters plus a few others: matches are common, not rare. */
    private static List<String> randomTexts(String regex, Random random, int count) {
        String alphabet = regex.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "") + "：:　 ，。a1$（）()>";
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
