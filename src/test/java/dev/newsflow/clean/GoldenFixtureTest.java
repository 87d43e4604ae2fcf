package dev.newsflow.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.ContentType;
import dev.newsflow.model.Image;
import dev.newsflow.model.PublishedAtSource;
import dev.newsflow.model.Stock;
import dev.newsflow.parse.PostParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One short fixture per feed layout (written for this project, under {@code src/test/resources/fixtures}), parsed
 * and cleaned, with the exact expected title, editor, text, publication time, images and stocks.
 */
class GoldenFixtureTest {
    private static final Instant INGEST = Instant.parse("2024-07-23T02:00:00Z");
    private final PostParser parser = new PostParser(1 << 20);
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanArticle clean(String fixture) {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
            assertThat(in).as("fixture %s", fixture).isNotNull();
            return cleaner.clean(parser.parse(in.readAllBytes()), INGEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sinaArticle() {
        CleanArticle a = clean("sina-guonei.md");
        assertThat(a.source()).isEqualTo("新浪财经－国內");
        assertThat(a.title()).isEqualTo("工信部：前三季度软件业收入稳步增长");
        assertThat(a.editor()).isEqualTo("陈一鸣");
        assertThat(a.paragraphs()).containsExactly(
                "原标题：前三季度软件业收入稳步增长",
                "记者从工业和信息化部获悉，前三季度全国软件业务收入同比增长 9.8%，浪潮信息等企业表现突出。",
                "分领域看，信息技术服务收入占比超过六成&继续领先。");
        assertThat(a.text()).isEqualTo(String.join("\n", a.paragraphs()));
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-10-18T09:30:00Z"));
        assertThat(a.publishedAtSource()).isEqualTo(PublishedAtSource.SOURCE);
        assertThat(a.images()).containsExactly(
                new Image("https://n.example-img.cn/finance/chart-1.jpg", "软件业务收入增长情况"));
        assertThat(a.stocks()).containsExactly(new Stock("浪潮信息", "000977", "SZ"));
        assertThat(a.contentType()).isEqualTo(ContentType.ARTICLE);
    }

    @Test
    void sinaVideo() {
        CleanArticle a = clean("sina-video.md");
        assertThat(a.title()).isEqualTo("视频_三分钟看懂个人养老金");
        assertThat(a.editor()).isEqualTo("李方");
        assertThat(a.paragraphs()).containsExactly("个人养老金制度在部分城市先行实施，参加人每年缴费上限为12000元。",
                "记者：王小川");
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-11-21T08:00:00Z"));
        assertThat(a.contentType()).isEqualTo(ContentType.VIDEO);
    }

    @Test
    void clsTelegraphTakesTitleFromBracketsAndDateFromDateline() {
        CleanArticle a = clean("cls-telegraph.md");
        assertThat(a.source()).isEqualTo("财联社 - 电报");
        assertThat(a.title()).isEqualTo("某新能源车企10月交付量创新高 同比增长1.2倍");
        assertThat(a.text()).isEqualTo("财联社11月1日电，某新能源车企公告，10月交付新车3.2万辆，同比增长1.2倍，创单月新高。");
        assertThat(a.dateline()).isEqualTo("财联社11月1日电");
        // no year in the dateline and 1 November would be after the ingest time: the year before
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-10-31T16:00:00Z"));
        assertThat(a.publishedAtSource()).isEqualTo(PublishedAtSource.DATELINE);
        assertThat(a.editor()).isNull();
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
    }

    @Test
    void clsDepthEditorInDatelineAndCaptionAfterImage() {
        CleanArticle a = clean("cls-depth.md");
        assertThat(a.title()).isEqualTo("美债收益率周一走高 市场等待非农数据");
        assertThat(a.editor()).isEqualTo("黎明");
        assertThat(a.dateline()).isEqualTo("财联社（上海，编辑 黎明）讯");
        assertThat(a.paragraphs()).containsExactly("财联社（上海，编辑 黎明）讯，美国10年期国债收益率周一上涨4个基点。",
                "分析人士认为，投资者正在等待本周公布的就业数据。");
        assertThat(a.images()).containsExactly(new Image("https://img.example-cls.cn/images/202209/curve.png",
                "10年期美债收益率走势，来源：行情软件"));
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-09-05T23:10:00Z"));
        assertThat(a.stocks()).isEmpty();
    }

    @Test
    void stcnFlashWithHotWordStocksAndZonelessDate() {
        CleanArticle a = clean("stcn-kuaixun.md");
        assertThat(a.title()).isEqualTo("5只个股获机构买入型评级");
        assertThat(a.text()).isEqualTo("证券时报网讯，数据宝统计显示，5只个股今日获机构买入型评级，其中贵州茅台关注度最高，五粮液次之。");
        assertThat(a.stocks()).containsExactly(new Stock("贵州茅台", "600519", "SH"),
                new Stock("五粮液", "000858", "SZ"));
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-03-08T08:20:00Z"));
        assertThat(a.images()).containsExactly(new Image("https://cors.example.dev/?http://img.example-stcn.com/chart.png",
                null));
        assertThat(a.editor()).isNull();
    }

    @Test
    void nbdChromeRemovedAndPageTimeUsed() {
        CleanArticle a = clean("nbd-original.md");
        assertThat(a.title()).isEqualTo("独家调研：某城市商圈客流回暖");
        assertThat(a.editor()).isEqualTo("李二");
        assertThat(a.paragraphs()).containsExactly("◎周末商圈客流同比增长三成，餐饮恢复最快。", "每经记者 张一",
                "5月15日，记者走访了市中心三个商圈。", "餐饮恢复最快", "多家餐厅负责人表示，周末翻台率已接近往年水平。");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-05-16T13:05:30Z"));
        assertThat(a.publishedAtSource()).isEqualTo(PublishedAtSource.SOURCE);
        assertThat(a.images()).containsExactly(new Image(
                "https://cors.example.dev/?http://image.example-nbd.cn/uploads/banner.thumb_head.jpg", null));
        assertThat(a.stocks()).isEmpty();
    }

    @Test
    void csReportImagesWithNumberedCaptions() {
        CleanArticle a = clean("cs-report.md");
        assertThat(a.paragraphs()).containsExactly("中证网讯（记者 周三）9月投资者情绪指数为40.2，较上月小幅回升。",
                "分板块看，创业板情绪回升最为明显。");
        assertThat(a.images()).containsExactly(
                new Image("https://www.example-cs.cn/xwzx/W020221020_01.png", "图1.2022年9月投资者情绪指数"),
                new Image("https://www.example-cs.cn/xwzx/W020221020_02.png", "图2.2022年9月分板块情绪指数"));
        assertThat(a.dateline()).isEqualTo("中证网讯");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-10-20T06:40:00Z"));
        assertThat(a.editor()).isNull();
        assertThat(a.stocks()).isEmpty();
    }

    @Test
    void xueqiuTickersAndNoEmojiImages() {
        CleanArticle a = clean("xueqiu-user.md");
        assertThat(a.title()).isEqualTo("$科技ETF(SH515000)$ 今天放量上涨，还能上车吗？");
        assertThat(a.paragraphs()).containsExactly("$科技ETF(SH515000)$ 今天放量上涨，还能上车吗？",
                "我的看法是分批买入，同时关注$宁德时代(SZ300750)$。");
        assertThat(a.stocks()).containsExactly(new Stock("科技ETF", "515000", "SH"),
                new Stock("宁德时代", "300750", "SZ"));
        assertThat(a.images()).isEmpty();
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-02-09T07:15:00Z"));
        assertThat(a.editor()).isNull();
    }

    @Test
    void fundUserPostKeepsEveryLine() {
        CleanArticle a = clean("fund-user.md");
        assertThat(a.title()).isEqualTo("定投第三年，终于回本了");
        assertThat(a.paragraphs()).containsExactly("定投第三年，终于回本了", "坚持每周定投，跌了多买一点", "希望今年能有10%的收益");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-03-11T02:00:00Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
    }

    @Test
    void gelonghuiLineBreaksAreParagraphs() {
        CleanArticle a = clean("gelonghui-user.md");
        assertThat(a.paragraphs()).containsExactly("▌一、", "每一轮周期都有尽头。", "当所有人都相信价格只涨不跌时，拐点往往已经临近。",
                "二、...");
        assertThat(a.title()).isEqualTo("周期的尽头");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2019-04-14T09:00:00Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
    }

    @Test
    void sseNoticeKeepsSignatureAndTrimsIndentation() {
        CleanArticle a = clean("sse-notice.md");
        assertThat(a.paragraphs()).containsExactly("上证发〔2022〕200号", "各市场参与人：",
                "为降低市场交易成本，本所决定调整某类债券的交易经手费。", "特此通知。", "上海证券交易所", "二〇二二年十二月三十日");
        assertThat(a.title()).isEqualTo("关于调整某类债券交易收费标准的通知");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-12-30T10:00:00Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
    }

    @Test
    void wefReportWithoutDownloadLinkOrRelatedReports() {
        CleanArticle a = clean("wef-report.md");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.paragraphs()).containsExactly("In collaboration with an example partner",
                "Green jobs are growing faster than the labour market as a whole. This outlook maps where they appear.");
        assertThat(a.title()).isEqualTo("Future of Green Jobs Outlook");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-01-11T00:00:00Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
    }

    @Test
    void finvizOneLineEnglishPostKeepsItsOnlyLine() {
        CleanArticle a = clean("finviz-news.md");
        assertThat(a.title()).isEqualTo("Chip Stocks Rally as \"Soft Landing\" Hopes Grow");
        assertThat(a.paragraphs()).containsExactly("Chip Stocks Rally as \"Soft Landing\" Hopes Grow");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-03-02T14:30:00Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
    }

    @Test
    void kr36Flash() {
        CleanArticle a = clean("36kr-flash.md");
        assertThat(a.source()).isEqualTo("36kr - 快讯");
        assertThat(a.text()).isEqualTo("36氪获悉，某机器人公司近日完成数亿元B轮融资，资金将用于研发与量产。（36氪）");
        assertThat(a.title()).isEqualTo("某机器人公司完成数亿元B轮融资");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-06-07T03:12:00Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
    }

    @Test
    void ithomeAltRepeatingTitleIsNoCaption() {
        CleanArticle a = clean("ithome-news.md");
        assertThat(a.paragraphs()).containsExactly("IT之家 7 月 16 日消息，某国产浏览器今日发布新版本。",
                "新版本支持标签分组。 用户可以拖动标签进行整理。");
        assertThat(a.images()).containsExactly(
                new Image("https://img.example-ithome.com/newsuploadfiles/2022/7/tabs.png", null));
        assertThat(a.title()).isEqualTo("某国产浏览器发布新版本，支持标签分组");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-07-16T04:00:00Z"));
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
    }

    @Test
    void cnbetaFileNameAltIsNoCaption() {
        CleanArticle a = clean("cnbeta-news.md");
        assertThat(a.paragraphs()).containsExactly("一项新研究表明，某种候鸟在夜间迁徙时会参考星空的位置。",
                "研究人员在天象馆中改变星图，观察到鸟类的飞行方向随之改变。", "了解更多:", "https://example.org/doi/10.0000/birds");
        assertThat(a.images()).containsExactly(
                new Image("https://static.example-cnbeta.com/thumb/article/2022/birds.jpg", null));
        assertThat(a.title()).isEqualTo("研究发现某种候鸟依靠星空导航");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-04-04T10:00:00Z"));
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
    }

    @Test
    void juejinCodeBlocksApartAndPromotionsGone() {
        CleanArticle a = clean("juejin-post.md");
        assertThat(a.paragraphs()).containsExactly("1. 数组去重", "使用 Set 可以快速去重：", "这种写法简洁&高效。");
        assertThat(a.codeBlocks()).containsExactly("const unique = [...new Set(arr)];");
        assertThat(a.text()).doesNotContain("markdown-body", "word-break", "复制代码", "微信搜索");
        assertThat(a.title()).isEqualTo("三个实用的 JavaScript 数组技巧");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2021-08-18T16:24:09Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
        assertThat(a.editor()).isNull();
        assertThat(a.language()).isEqualTo("zh");
    }

    @Test
    void sinaVariantsPromotionsAndDisclaimerGone() {
        CleanArticle a = clean("sina-variants.md");
        assertThat(a.paragraphs()).containsExactly("某省商务厅日前印发通知，提出稳外贸十条措施。",
                "通知明确，对符合条件的外贸企业给予信保费用补贴。");
        assertThat(a.editor()).isEqualTo("赵六");
        assertThat(a.title()).isEqualTo("某省出台稳外贸十条措施");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-06-01T10:30:00Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
    }

    @Test
    void stcnEditorBeforeProofreader() {
        CleanArticle a = clean("stcn-yaowen.md");
        assertThat(a.paragraphs()).containsExactly("近期，多地推出购房补贴政策，涉及契税补贴、公积金贷款额度提高等。",
                "业内人士认为，政策效果有待观察。");
        assertThat(a.editor()).isEqualTo("王五");
        assertThat(a.title()).isEqualTo("多地推出购房补贴政策");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-05-12T01:00:00Z"));
        assertThat(a.images()).isEmpty();
        assertThat(a.stocks()).isEmpty();
    }

    @Test
    void bareSinaPageKeepsOnlyTheArticle() {
        CleanArticle a = clean("sina-page.html");
        assertThat(a.url()).isEqualTo("https://finance.example-sina.cn/china/2022-05-20/doc-abc123.shtml");
        assertThat(a.source()).isEqualTo("新浪财经");
        assertThat(a.title()).isEqualTo("某市发布消费券使用细则");
        assertThat(a.paragraphs()).containsExactly("某市商务局20日发布消费券使用细则，首批消费券将于本周末发放。",
                "细则明确，消费券可在餐饮、零售等场景使用，单笔满减。");
        assertThat(a.editor()).isEqualTo("周九");
        assertThat(a.images()).containsExactly(new Image("https://n.example-img.cn/finance/coupon.jpg", "消费券领取页面示意"));
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2022-05-20T02:15:00Z"));
        assertThat(a.stocks()).isEmpty();
    }

    @Test
    void everyFixtureHasAGoldenTest() throws Exception {
        // a fixture added without a test here would be silently unchecked
        Set<String> tested = Set.of("sina-guonei.md", "sina-video.md", "sina-variants.md", "cls-telegraph.md",
                "cls-depth.md", "stcn-kuaixun.md", "stcn-yaowen.md", "nbd-original.md", "cs-report.md",
                "xueqiu-user.md", "fund-user.md", "gelonghui-user.md", "sse-notice.md", "wef-report.md",
                "finviz-news.md", "36kr-flash.md", "ithome-news.md", "cnbeta-news.md", "juejin-post.md",
                "sina-page.html");
        Path dir = Path.of(getClass().getResource("/fixtures").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".md") || f.endsWith(".html")))
                    .containsExactlyInAnyOrderElementsOf(tested);
        }
    }
}
