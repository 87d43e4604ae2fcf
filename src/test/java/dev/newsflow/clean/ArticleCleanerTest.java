package dev.newsflow.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.model.BodyFormat;
import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.ContentType;
import dev.newsflow.model.Image;
import dev.newsflow.model.PublishedAtSource;
import dev.newsflow.model.RawPost;
import dev.newsflow.model.Stage;
import dev.newsflow.model.StageFailure;
import dev.newsflow.model.Stock;
import dev.newsflow.parse.PostParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleCleanerTest {
    private static final Instant INGEST = Instant.parse("2024-07-23T02:00:00Z");
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final PostParser parser = new PostParser(8 << 20);

    private static RawPost html(String source, String title, String date, String body) {
        return new RawPost(null, source, title, date, null, List.of(), null, body, BodyFormat.HTML, Map.of(),
                List.of());
    }

    @Test
    void removesPromotionEditorStyleAndComments() {
        CleanArticle a = cleaner.clean(html("新浪财经－国內", "部委召开会议", "Thu, 22 Jul 2021 11:49:54 GMT", """
                <div><p>　　第一段，会议在京召开。</p><p>&nbsp;第二段&amp;结尾。</p><!-- 正文下iframe -->
                <style>.appendQr_wrap&#123;border:1px solid #E6E6E6;&#125;</style>
                <div class="clearfix appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>
                <p class="article-editor">责任编辑：张三 </p></div>"""), INGEST);
        assertThat(a.paragraphs()).containsExactly("第一段，会议在京召开。", "第二段&结尾。");
        assertThat(a.text()).isEqualTo("第一段，会议在京召开。\n第二段&结尾。");
        assertThat(a.editor()).isEqualTo("张三");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2021-07-22T11:49:54Z"));
        assertThat(a.publishedAtSource()).isEqualTo(PublishedAtSource.SOURCE);
        assertThat(a.language()).isEqualTo("zh");
        assertThat(a.contentType()).isEqualTo(ContentType.ARTICLE);
    }

    @Test
    void datelineGivesDateWhenSourceDateIsInvalid() {
        CleanArticle a = cleaner.clean(html("财联社 - 电报", "某公司发布公告", "Invalid Date",
                "<div>【某公司发布公告】财联社7月22日电，某公司今日公告称业绩增长。</div>"), INGEST);
        assertThat(a.text()).isEqualTo("财联社7月22日电，某公司今日公告称业绩增长。");
        assertThat(a.dateline()).isEqualTo("财联社7月22日电");
        assertThat(a.publishedAtSource()).isEqualTo(PublishedAtSource.DATELINE);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-07-21T16:00:00Z"));
    }

    @Test
    void bracketTitleIsStrippedWhenTheFrontMatterTitleIsShortened() {
        CleanArticle a = cleaner.clean(html("财联社 - 电报", "央行开展逆回购操作", null,
                "<div>【央行开展逆回购操作 净投放资金500亿元】财联社6月1日电，央行今日开展逆回购操作。</div>"), INGEST);
        assertThat(a.title()).isEqualTo("央行开展逆回购操作 净投放资金500亿元");
        assertThat(a.text()).isEqualTo("财联社6月1日电，央行今日开展逆回购操作。");
        CleanArticle other = cleaner.clean(html("财联社 - 电报", "完全不同的标题", null,
                "<div>【另一件事】财联社6月1日电，正文。</div>"), INGEST);
        assertThat(other.title()).isEqualTo("完全不同的标题");
        assertThat(other.text()).startsWith("【另一件事】");
        assertThat(other.dateline()).isEqualTo("财联社6月1日电");
    }

    @Test
    void datelineLaterThanIngestBelongsToPreviousYear() {
        CleanArticle a = cleaner.clean(html(null, "年末快讯", null, "<p>财联社12月30日讯，年末消息。</p>"), INGEST);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-12-29T16:00:00Z"));
    }

    @Test
    void zoneLessDateIsShanghaiTime() {
        CleanArticle a = cleaner.clean(html(null, "t", "2022-09-01 08:30:00", "<p>x</p>"), INGEST);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-09-01T00:30:00Z"));
    }

    @Test
    void ingestTimeIsTheLastResort() {
        CleanArticle a = cleaner.clean(html(null, "t", "Invalid Date", "<p>没有日期的正文。</p>"), INGEST);
        assertThat(a.publishedAt()).isEqualTo(INGEST);
        assertThat(a.publishedAtSource()).isEqualTo(PublishedAtSource.INGEST);
    }

    @Test
    void collectsImagesTablesStocksAndCode() {
        CleanArticle a = cleaner.clean(new RawPost("https://news.example.cn/a/b.html", "新浪财经－国內", "t", null, null,
                List.of(), null, """
                <p>利好<span id="stock_sh600519"><a href="#">贵州茅台</a></span>。</p>
                <p><img src="/img/1.png" alt="图为会场"></p>
                <table><tr><th>指标</th><th>数值</th></tr><tr><td>利润</td><td>12%</td></tr></table>
                <pre><code>int x = 1;
                  return x;</code></pre>""", BodyFormat.HTML, Map.of(), List.of()), INGEST);
        assertThat(a.paragraphs()).containsExactly("利好贵州茅台。");
        assertThat(a.stocks()).containsExactly(new Stock("贵州茅台", "600519", "SH"));
        assertThat(a.images()).containsExactly(new Image("https://news.example.cn/img/1.png", "图为会场"));
        assertThat(a.tables()).containsExactly(List.of(List.of("指标", "数值"), List.of("利润", "12%")));
        assertThat(a.codeBlocks()).containsExactly("int x = 1;\n  return x;");
    }

    @Test
    void englishPostIsEn() {
        CleanArticle a = cleaner.clean(html("finviz", "Apple Shares Rise",
                "Fri, 02 Apr 2021 10:00:00 GMT", "<div>Apple shares rose 2% on Friday.</div>"), INGEST);
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void rejectsPostWithNoTitleAndNoText() {
        assertThatThrownBy(() -> cleaner.clean(html(null, null, null, "<div>  \n <!-- x --> </div>"), INGEST))
                .isInstanceOfSatisfying(StageFailure.class, f -> {
                    assertThat(f.stage()).isEqualTo(Stage.CLEAN);
                    assertThat(f.reason()).isEqualTo("no-body");
                });
    }

    @Test
    void titleOnlyPostIsEmptyContent() {
        CleanArticle a = cleaner.clean(html(null, "仅有标题", null, "<div> </div>"), INGEST);
        assertThat(a.text()).isEmpty();
        assertThat(a.contentType()).isEqualTo(ContentType.EMPTY);
    }

    @Test
    void refusesHtmlNested100000Deep() {
        String deep = "<div>".repeat(100_000) + "深" + "</div>".repeat(100_000);
        assertThatThrownBy(() -> cleaner.clean(html(null, "t", null, deep), INGEST))
                .isInstanceOfSatisfying(StageFailure.class, f -> assertThat(f.reason()).isEqualTo("too-deep"));
    }

    @Test
    void moderateNestingIsFine() {
        String nested = "<div>".repeat(200) + "<p>正文</p>" + "</div>".repeat(200);
        assertThat(cleaner.clean(html(null, "t", null, nested), INGEST).text()).isEqualTo("正文");
    }

    @Test
    void handlesFiveMegabytePost() {
        StringBuilder sb = new StringBuilder("---\ntitle: '大文章'\ndate: 2022-01-01\n---\n<div>");
        String para = "<p>这是一个很长的段落，用于测试五兆字节的输入能否在有限时间内处理完毕。</p>\n";
        int paraBytes = para.getBytes(StandardCharsets.UTF_8).length;
        int count = 0;
        for (int bytes = 0; bytes < 5_000_000; bytes += paraBytes) {
            sb.append(para);
            count++;
        }
        sb.append("</div>");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThanOrEqualTo(5_000_000);
        CleanArticle a = cleaner.clean(parser.parse(bytes), INGEST);
        assertThat(a.paragraphs().size()).isEqualTo(count);
        assertThat(a.text()).doesNotContain("<p>");
    }

    @Test
    void markupNeverSurvivesInText() {
        CleanArticle a = cleaner.clean(html(null, "t", null,
                "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p><script>alert(2)</script><p onclick=x>c</p>"),
                INGEST);
        assertThat(a.text()).doesNotContain("alert(2)").contains("c");
    }

    /** Pathological shapes jsoup and regexes could choke on; each must end in a result or a CLEAN failure. */
    static Stream<Arguments> hostileBodies() {
        int n = 100_000;
        return Stream.of(
                Arguments.of("unclosed <b> x100k", "<b>".repeat(n) + "x"),
                Arguments.of("unclosed <a> x100k", "<a href=x>".repeat(n) + "x"),
                Arguments.of("unclosed <table> x100k", "<table>".repeat(n) + "x"),
                Arguments.of("100k cells", "<table><tr>" + "<td>x".repeat(n)),
                Arguments.of("100k unclosed <p>", "<p>x".repeat(n)),
                Arguments.of("nested <ul><li> x100k", "<ul><li>".repeat(n) + "x"),
                Arguments.of("nested <span> x100k", "<span>".repeat(n) + "x" + "</span>".repeat(n)),
                Arguments.of("svg nested x100k", "<svg>" + "<g>".repeat(n) + "x"),
                Arguments.of("5 MB attribute", "<p title=\"" + "a".repeat(5_000_000) + "\">x</p>"),
                Arguments.of("unclosed comment", "<p>x</p><!--" + "a".repeat(1_000_000)),
                Arguments.of("one 2 MB token", "<p>" + "a".repeat(2_000_000) + "</p>"),
                Arguments.of("1M entities", "<p>" + "&lt;b&gt;".repeat(100_000) + "</p>"),
                Arguments.of("100k identical images", "<p>" + "<img src=\"http://x.cn/a.png\">".repeat(n) + "</p>"),
                Arguments.of("20k images with captions", IntStream.range(0, 20_000)
                        .mapToObj(i -> "<img src=\"http://x.cn/" + i + ".png\"><p>图" + i + " 说明</p>")
                        .collect(Collectors.joining())),
                Arguments.of("30k distinct tickers", "<p>" + IntStream.range(0, 30_000)
                        .mapToObj(i -> String.format("$股票(SH%06d)$ ", i)).collect(Collectors.joining()) + "</p>"),
                Arguments.of("1M brackets", "<p>" + "（".repeat(1_000_000) + "</p>"),
                Arguments.of("script only", "<script>document.write('<p>x</p>')</script>"),
                Arguments.of("plaintext element", "<plaintext><p>not a tag</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    @Timeout(120) // a hang guard only: the figures live in CleaningBenchmark and the report, not here
    void hostileBodiesEndInResultOrCleanFailure(String name, String body) {
        try {
            CleanArticle a = cleaner.clean(html(null, "t", null, body), INGEST);
            for (String p : a.paragraphs()) {
                assertThat(p).as(name).doesNotContainPattern("<\\s*/?\\s*[a-zA-Z!][^>]*>").isNotBlank();
            }
            assertThat(a.text()).isEqualTo(String.join("\n", a.paragraphs()));
        } catch (StageFailure f) {
            assertThat(f.stage()).isEqualTo(Stage.CLEAN);
            assertThat(f.reason()).isIn("too-deep", "no-body");
        }
    }

    @Test
    void escapedMarkupAndTagsInPlainTextNeverReachText() {
        CleanArticle a = cleaner.clean(html(null, "t", null,
                "<p>前文&lt;script&gt;alert(1)&lt;/script&gt;后文</p><p>&lt;!-- 注释 --&gt;保留</p>"), INGEST);
        assertThat(a.paragraphs()).containsExactly("前文alert(1)后文", "保留");
        RawPost text = new RawPost(null, null, "t", null, null, List.of(), null, "正文<b>加粗</b>结束",
                BodyFormat.TEXT, Map.of(), List.of());
        assertThat(cleaner.clean(text, INGEST).text()).isEqualTo("正文加粗结束");
        RawPost joined = new RawPost(null, null, "t", null, null, List.of(), null, "a <<![CDATA[/div> b --> c <\"x\" y>",
                BodyFormat.TEXT, Map.of(), List.of());
        assertThat(cleaner.clean(joined, INGEST).text()).isEqualTo("a b c ＜\"x\" y>");
    }

    @Test
    void titleEntitiesAreDecoded() {
        CleanArticle a = cleaner.clean(html(null, "A&amp;B 公司&#8220;回购&#8221;", null, "<p>x</p>"), INGEST);
        assertThat(a.title()).isEqualTo("A&B 公司“回购”");
    }

    @Test
    void oneInstanceIsSafeAcrossThreads() throws Exception {
        List<RawPost> posts = IntStream.range(0, 40).mapToObj(i -> html("新浪财经－国內", "标题" + i,
                "2022-01-0" + (1 + i % 9) + " 10:00:00", "<p>　　第" + i + "段<span id=\"stock_sh6000" + (10 + i)
                        + "\"><a>股" + i + "</a></span></p><p class=\"article-editor\">责任编辑：张" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10)
                + "</p>"))
                .toList();
        List<CleanArticle> sequential = posts.stream().map(p -> cleaner.clean(p, INGEST)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<CleanArticle>> futures = new ArrayList<>();
                for (RawPost p : posts) {
                    futures.add(pool.submit(() -> cleaner.clean(p, INGEST)));
                }
                for (int i = 0; i < posts.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.get(7).editor()).isEqualTo("张辛");
        assertThat(sequential.get(7).stocks()).containsExactly(new Stock("股7", "600017", "SH"));
    }

    @Test
    void proseInPreIsTextAndHiddenElementsAreNot() {
        CleanArticle a = cleaner.clean(html(null, "t", null, "<pre>　　第一段正文内容。\n　　第二段正文内容。</pre>"
                + "<div style=\"display: none\">隐藏的文字</div><p hidden>也隐藏</p><pre>x = f(1);</pre>"), INGEST);
        assertThat(a.paragraphs()).containsExactly("第一段正文内容。", "第二段正文内容。");
        assertThat(a.codeBlocks()).containsExactly("x = f(1);");
    }

    @Test
    void barePageWithoutKnownContainerUsesTheDensestParagraphBlock() {
        String page = "<!doctype html><html><head><title>T</title></head><body>"
                + "<div class=\"menu\"><p>首页</p></div>"
                + "<div class=\"story\"><p>第一段正文，介绍了事件的来龙去脉、涉及的公司以及市场各方的反应。</p><p>第二段正文，给出了多位行业专家的分析与对后市的预测。</p></div>"
                + "<div class=\"ad\"><p>广告位招租</p></div></body></html>";
        CleanArticle a = cleaner.clean(html(null, "T", null, page), INGEST);
        assertThat(a.paragraphs()).containsExactly("第一段正文，介绍了事件的来龙去脉、涉及的公司以及市场各方的反应。", "第二段正文，给出了多位行业专家的分析与对后市的预测。");
    }

    @Test
    void captionsGoToTheirOwnImagesInASharedContainer() {
        CleanArticle a = cleaner.clean(html("新浪财经－国內", "t", null, "<div><p>正文。</p><div class=\"img_wrapper\">"
                + "<img src=\"https://x.cn/1.png\"><span class=\"img_descr\">第一张图的说明</span>"
                + "<a href=\"#\"><img src=\"https://x.cn/2.png\"></a><span class=\"img_descr\">第二张图的说明</span>"
                + "</div><figure><img src=\"https://x.cn/3.png\"><figcaption>第三张图的说明</figcaption></figure></div>"),
                INGEST);
        assertThat(a.images()).containsExactly(new Image("https://x.cn/1.png", "第一张图的说明"),
                new Image("https://x.cn/2.png", "第二张图的说明"), new Image("https://x.cn/3.png", "第三张图的说明"));
        assertThat(a.paragraphs()).containsExactly("正文。");
    }

    @Test
    void editorForms() {
        assertThat(editorOf("<p>正文。</p><p>责任编辑：王翔 SF008</p>")).isEqualTo("王翔");
        assertThat(editorOf("<p>正文。</p><p>【责任编辑:薛涛】</p>")).isEqualTo("薛涛");
        assertThat(editorOf("<p>正文。（编辑 潇湘）</p>")).isEqualTo("潇湘");
        assertThat(editorOf("<p>正文。</p><p>编辑：王丽</p>")).isEqualTo("王丽");
        assertThat(editorOf("<p>正文。</p><p>本文编辑：戴苑君</p>")).isEqualTo("戴苑君");
        assertThat(editorOf("<p>该报总编辑：某某出席</p>")).isNull();
        assertThat(editorOf("<p>Apple shares fell.</p><p>(Reporting by Jane Doe in New York; Editing by Leslie Adler)"
                + "</p>")).isEqualTo("Leslie Adler");
        CleanArticle a = cleaner.clean(html(null, "t", null,
                "<p>Apple shares fell. (Reporting by Jane Doe; Editing by Tom Brown and Ann Lee)</p>"), INGEST);
        assertThat(a.editor()).isEqualTo("Tom Brown and Ann Lee");
        assertThat(a.text()).isEqualTo("Apple shares fell.");
    }

    private String editorOf(String body) {
        return cleaner.clean(html(null, "t", null, body), INGEST).editor();
    }

    @Test
    void datelineMayFollowAnOriginalTitleLine() {
        CleanArticle a = cleaner.clean(html(null, "t", "Invalid Date",
                "<p>原标题：另一个标题</p><p>新华社北京3月5日电（记者 某某）正文。</p>"), INGEST);
        assertThat(a.dateline()).isEqualTo("新华社北京3月5日电");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-04T16:00:00Z"));
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void markdownEmphasisCodeSpansAndTables() {
        RawPost md = new RawPost(null, null, "t", null, null, List.of(), null, """
                调用 `Set` 去重，**非常**简洁，*推荐*使用 snake_case_name。

                | 指标 | 数值 |
                |:---|---:|
                | 营收 | 12% |

                ---
                结尾段落。""", BodyFormat.MARKDOWN, Map.of(), List.of());
        CleanArticle a = cleaner.clean(md, INGEST);
        assertThat(a.paragraphs()).containsExactly("调用 Set 去重，非常简洁，推荐使用 snake_case_name。", "结尾段落。");
        assertThat(a.tables()).containsExactly(List.of(List.of("指标", "数值"), List.of("营收", "12%")));
    }

    @Test
    void plainTextAndMarkdownBodies() {
        RawPost text = new RawPost(null, null, "t", null, null, List.of(), null, "第一行\n\n第二行",
                BodyFormat.TEXT, Map.of(), List.of());
        assertThat(cleaner.clean(text, INGEST).paragraphs()).containsExactly("第一行", "第二行");
        RawPost md = new RawPost(null, null, "t", null, null, List.of(), null,
                "# 标题\n\n段落一\n续行\n\n![季度走势](https://x.cn/a.png)\n\n```\ncode()\n```", BodyFormat.MARKDOWN,
                Map.of(), List.of());
        CleanArticle a = cleaner.clean(md, INGEST);
        assertThat(a.paragraphs()).containsExactly("标题", "段落一 续行");
        assertThat(a.images()).containsExactly(new Image("https://x.cn/a.png", "季度走势"));
        assertThat(a.codeBlocks()).containsExactly("code()");
    }
}
