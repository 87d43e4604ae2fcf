package dev.newsflow.enrich.ner;

/**
 * Precomputed per-character normalisation and classes, so feature extraction is two array reads per character.
 * Full-width ASCII folds to half-width, Latin letters to lower case and every digit to {@code '0'}: the model
 * should learn "a number here", not each number. Immutable, thread-safe.
 */
final class CharTable {

    static final byte OTHER = 0;
    static final byte HAN = 1;
    static final byte LATIN = 2;
    static final byte DIGIT = 3;
    static final byte SPACE = 4;
    static final byte PUNCT = 5;
    static final byte HAN_NUMERAL = 6;

    /** Padding characters before and after a sentence; outside the range of real text after normalisation. */
    static final char BEGIN = '\uFDD0';
    static final char END = '\uFDD1';

    private static final char[] NORM = new char[65536];
    private static final byte[] CLASS = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char n = (char) c;
            if (c >= 0xFF01 && c <= 0xFF5E) {
                n = (char) (c - 0xFEE0);
            } else if (c == 0x3000) {
                n = ' ';
            }
            byte cls;
            if (Character.isDigit(n)) {
                cls = DIGIT;
                n = '0';
            } else if ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')) {
                cls = LATIN;
                n = Character.toLowerCase(n);
            } else if (Character.isWhitespace(n) || Character.isSpaceChar(n)) {
                cls = SPACE;
                n = ' ';
            } else if ("零〇一二三四五六七八九十百千万亿两".indexOf(n) >= 0) {
                cls = HAN_NUMERAL;
            } else if (Character.UnicodeScript.of(n) == Character.UnicodeScript.HAN) {
                cls = HAN;
            } else if (isPunctuation(n)) {
                cls = PUNCT;
            } else {
                cls = OTHER;
            }
            NORM[c] = n;
            CLASS[c] = cls;
        }
    }

    private CharTable() {
    }

    static char normalise(char c) {
        return NORM[c];
    }

    static byte classOf(char c) {
        return CLASS[c];
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
