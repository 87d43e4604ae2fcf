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
import org.junit.jupiter.api.Test;

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
