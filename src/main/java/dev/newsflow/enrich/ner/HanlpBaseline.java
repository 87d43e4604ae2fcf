package dev.newsflow.enrich.ner;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's dictionary recognisers alone, for comparison: natures nr/nrf → PER, ns/nsf → LOC, nt* → ORG (kind
 * unknown). Not thread-safe (one segmenter per instance).
 */
public final class HanlpBaseline {

    private final Segment segment = NerModel.newSegment();

    public List<NerSpan> tag(String text) {
        List<NerSpan> spans = new ArrayList<>();
        if (text.isEmpty()) {
            return spans;
        }
        int cursor = 0;
        for (Term term : segment.seg(text)) {
            if (term.word == null || term.word.isEmpty()) {
                continue;
            }
            int at = Features.termStart(text, term, cursor);
            if (at < 0) {
                continue;
            }
            cursor = at + term.word.length();
            String label = label(term.nature == null ? "" : term.nature.toString());
            if (label != null) {
                spans.add(new NerSpan(at, cursor, label));
            }
        }
        return spans;
    }

    static String label(String nature) {
        if (nature.equals("nr") || nature.equals("nrf")) {
            return "PER";
        }
        if (nature.equals("ns") || nature.equals("nsf")) {
            return "LOC";
        }
        return nature.startsWith("nt") ? "ORG" : null;
    }
}
