package dev.newsflow.enrich.ner;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Prints the decoding speed of the shipped model on one thread (run its {@code main}; not a test): the tagger alone
 * over precomputed terms (chars/s) and segmentation plus tagging (articles/s) for an invented 1,500-character
 * article.
 */
public final class NerBenchmark {

    private static final String[] SENTENCES = {
        "中国人民银行行长易纲在北京表示，将继续实施稳健的货币政策，保持流动性合理充裕。",
        "招商银行董事长缪建民出席了在上海举行的年度业绩发布会，并回答了分析师的提问。",
        "国家金融监督管理总局副局长周亮指出，要加强对中小银行的风险处置。",
        "深圳证券交易所发布公告称，某科技公司股票将于明日起停牌核查。",
        "据新华社报道，财政部在广州召开会议，部署下一阶段地方政府专项债券发行工作。",
        "浙江省杭州市滨江区的多家企业表示，今年一季度出口订单明显回升。",
        "中国证券业协会会长在论坛上说，资本市场改革将进一步深化。",
        "美联储主席鲍威尔周三表示，通胀仍然高于目标水平，利率可能维持更长时间。",
    };

    private NerBenchmark() {
    }

    public static void main(String[] args) {
        StringBuilder article = new StringBuilder();
        for (int k = 0; article.length() < 1500; k++) {
            article.append(SENTENCES[k % SENTENCES.length]);
        }
        String text = article.toString();
        NerModel model = NerModel.loadDefault();
        Segment segment = NerModel.newSegment();
        List<Term> terms = segment.seg(text);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;

        for (int warm = 0; warm < 300; warm++) {
            model.tag(text, terms);
            segment.seg(text);
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall clock also counts other
        // processes' turns, the CPU time does not
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        int spans = 0;
        for (int r = 0; r < rounds; r++) {
            spans += model.tag(text, terms).size();
        }
        double tagSeconds = (System.nanoTime() - t0) / 1e9;
        double tagCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        t0 = System.nanoTime();
        c0 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            spans += model.tag(text, segment.seg(text)).size();
        }
        double bothSeconds = (System.nanoTime() - t0) / 1e9;
        double bothCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("article: %d chars, %d spans per pass, %d rounds%n", text.length(), spans / (2 * rounds),
                rounds);
        report("tagger alone (terms given)", rounds, text.length(), tagSeconds, tagCpu);
        report("segmentation + tagger", rounds, text.length(), bothSeconds, bothCpu);
    }

    private static void report(String what, int rounds, int chars, double wall, double cpu) {
        System.out.printf("%-28s wall: %,11.0f chars/s %,7.0f articles/s | cpu: %,11.0f chars/s %,7.0f articles/s%n",
                what, rounds * (double) chars / wall, rounds / wall, rounds * (double) chars / cpu, rounds / cpu);
    }
}
