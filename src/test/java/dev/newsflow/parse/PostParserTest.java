package dev.newsflow.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.model.BodyFormat;
import dev.newsflow.model.RawPost;
import dev.newsflow.model.Stage;
import dev.newsflow.model.StageFailure;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostParserTest {
    private final PostParser parser = new PostParser(1 << 20);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsHexoPostWithSingleQuotedTitleAndCategoryList() {
        RawPost post = parser.parse(utf8("""

                ---
                title: '银行间市场''回暖'迹象'
                categories:\s
                 - 金融
                 - 新浪财经
                 - 新浪财经－国內
                headimg: 'https://img.example.cn/a.png'
                author: 新浪财经
                comments: false
                date: Thu, 22 Jul 2021 11:49:54 GMT
                thumbnail: 'https://img.example.cn/b.png'
                ---

                <div><p>正文第一段。</p></div>
                """));
        assertThat(post.title()).isEqualTo("银行间市场'回暖'迹象");
        assertThat(post.categories()).containsExactly("金融", "新浪财经", "新浪财经－国內");
        assertThat(post.source()).isEqualTo("新浪财经－国內");
        assertThat(post.date()).isEqualTo("Thu, 22 Jul 2021 11:49:54 GMT");
        assertThat(post.author()).isEqualTo("新浪财经");
        assertThat(post.image()).isEqualTo("https://img.example.cn/a.png");
        assertThat(post.format()).isEqualTo(BodyFormat.HTML);
        assertThat(post.body()).isEqualTo("<div><p>正文第一段。</p></div>");
        assertThat(post.frontMatter()).containsEntry("comments", "false");
    }

    @Test
    void readsFrontMatterThatIsNotYaml() {
        RawPost post = parser.parse(utf8("""
                ---
                title: @某用户 关注了股票 示例银行
                categories:\s
                    - 金融
                    - 雪球 - 用户自选动态
                author: 雪球 - 用户自选动态
                date: Invalid Date
                thumbnail:\s
                ---
                <div>@某用户 关注了 示例银行(SH:SH600000)。</div>
                """));
        assertThat(post.title()).isEqualTo("@某用户 关注了股票 示例银行");
        assertThat(post.source()).isEqualTo("雪球 - 用户自选动态");
        assertThat(post.date()).isEqualTo("Invalid Date");
        assertThat(post.image()).isNull();
    }

    @Test
    void peelsStackedQuotesAndKeepsInnerQuotes() {
        assertThat(FrontMatter.unquote("\"\"\"'谁写了这段代码？'\"\"\"")).isEqualTo("谁写了这段代码？");
        assertThat(FrontMatter.unquote("\"There's a \"Boom,\" Says Analyst\""))
                .isEqualTo("There's a \"Boom,\" Says Analyst");
        assertThat(FrontMatter.unquote("plain")).isEqualTo("plain");
    }

    @Test
    void sourceJoinsSiteAndFeedWhenFeedDoesNotNameSite() {
        RawPost post = parser.parse(utf8("---\ntitle: '快讯'\ncategories:\n - 金融\n - 财联社\n - 电报\n---\n<div>x</div>"));
        assertThat(post.source()).isEqualTo("财联社 - 电报");
    }

    @Test
    void readsJsonEnvelope() {
        RawPost post = parser.parse(utf8("""
                {"url":"https://news.example.cn/a/1.html","source":"示例财经","title":"标题",
                 "publishedAt":"2024-03-01T08:00:00Z","author":"记者甲","categories":["金融","宏观"],
                 "html":"<p>第一段</p>"}"""));
        assertThat(post.url()).isEqualTo("https://news.example.cn/a/1.html");
        assertThat(post.source()).isEqualTo("示例财经");
        assertThat(post.date()).isEqualTo("2024-03-01T08:00:00Z");
        assertThat(post.categories()).containsExactly("金融", "宏观");
        assertThat(post.format()).isEqualTo(BodyFormat.HTML);
        assertThat(post.body()).isEqualTo("<p>第一段</p>");
    }

    @Test
    void readsJsonEnvelopeWithPlainText() {
        RawPost post = parser.parse(utf8("{\"title\":\"T\",\"text\":\"line one\\nline two\"}"));
        assertThat(post.format()).isEqualTo(BodyFormat.TEXT);
        assertThat(post.body()).isEqualTo("line one\nline two");
        assertThat(post.source()).isNull();
    }

    @Test
    void readsBareHtmlPage() {
        RawPost post = parser.parse(utf8("""
                <!doctype html><html><head><title>页面标题 - 站点</title>
                <meta property="og:title" content="页面标题">
                <meta property="og:site_name" content="示例站">
                <meta property="article:published_time" content="2023-05-06T10:00:00+08:00">
                <link rel="canonical" href="https://example.cn/p/9"></head>
                <body><p>内容</p></body></html>"""));
        assertThat(post.title()).isEqualTo("页面标题");
        assertThat(post.source()).isEqualTo("示例站");
        assertThat(post.url()).isEqualTo("https://example.cn/p/9");
        assertThat(post.date()).isEqualTo("2023-05-06T10:00:00+08:00");
        assertThat(post.format()).isEqualTo(BodyFormat.HTML);
    }

    @Test
    void rejectsNullAndEmpty() {
        assertReason(null, "empty-value");
        assertReason(new byte[0], "empty-value");
        assertReason(utf8("  \n\t "), "empty-value");
    }

    @Test
    void rejectsOversizedValue() {
        PostParser small = new PostParser(100);
        assertThatThrownBy(() -> small.parse(new byte[101]))
                .isInstanceOfSatisfying(StageFailure.class, f -> assertThat(f.reason()).isEqualTo("too-large"));
    }

    @Test
    void rejectsInvalidUtf8() {
        assertReason(new byte[] {'<', 'p', '>', (byte) 0xC3, (byte) 0x28}, "invalid-utf8");
    }

    @Test
    void rejectsRandomBinary() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        assertThatThrownBy(() -> parser.parse(junk))
                .isInstanceOfSatisfying(StageFailure.class, f -> {
                    assertThat(f.stage()).isEqualTo(Stage.PARSE);
                    assertThat(f.reason()).isIn("invalid-utf8", "binary");
                });
    }

    @Test
    void textInAnotherEncodingIsInvalidUtf8() {
        assertReason("<p>中国人民银行今日发布公告。</p>".getBytes(java.nio.charset.Charset.forName("GBK")), "invalid-utf8");
    }

    @Test
    void rejectsValidUtf8WithNuls() {
        assertReason(utf8("hello\u0000world"), "binary");
        assertReason(utf8("a\u0001b\u0002c\u0003d\u0004e"), "binary");
    }

    @Test
    void rejectsJsonThatIsNotAnArticle() {
        assertReason(utf8("{\"foo\":1}"), "not-an-article");
        assertReason(utf8("[1,2,3]"), "not-an-article");
        assertReason(utf8("{\"title\": "), "not-an-article");
        assertReason(utf8("[".repeat(10_000)), "not-an-article");
    }

    @Test
    void rejectsPostWithNeitherTitleNorBody() {
        assertReason(utf8("---\ntitle: ' '\ndate: Invalid Date\n---\n   \n"), "no-content");
        assertReason(utf8("{\"title\":\"\",\"text\":\"  \"}"), "not-an-article");
    }

    @Test
    void unclosedFrontMatterIsKeptWithAWarning() {
        RawPost post = parser.parse(utf8("---\ntitle: 只有标题\n"));
        assertThat(post.title()).isEqualTo("只有标题");
        assertThat(post.warnings()).anyMatch(w -> w.contains("not closed"));
    }

    @Test
    void readsYamlBlockScalarsAndCrlf() {
        RawPost post = parser.parse(utf8("---\r\ntitle: >-\r\n  第一行\r\n  第二行\r\nauthor: |\r\n  甲\r\n  乙\r\n"
                + "tags: [宏观, 货币]\r\n---\r\n<p>x</p>"));
        assertThat(post.title()).isEqualTo("第一行 第二行");
        assertThat(post.author()).isEqualTo("甲\n乙");
        assertThat(post.categories()).containsExactly("宏观", "货币");
        assertThat(post.body()).isEqualTo("<p>x</p>");
    }

    @Test
    void plainTextBecomesTextPost() {
        RawPost post = parser.parse(utf8("只是一段文字。"));
        assertThat(post.format()).isEqualTo(BodyFormat.TEXT);
        assertThat(post.body()).isEqualTo("只是一段文字。");
    }

    private void assertReason(byte[] value, String reason) {
        assertThatThrownBy(() -> parser.parse(value))
                .isInstanceOfSatisfying(StageFailure.class, f -> {
                    assertThat(f.stage()).isEqualTo(Stage.PARSE);
                    assertThat(f.reason()).isEqualTo(reason);
                });
    }
}
