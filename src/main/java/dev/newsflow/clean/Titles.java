package dev.newsflow.clean;

/** Title comparisons that survive file-name-safe rewriting and light editing. Stateless and thread-safe. */
final class Titles {
    private Titles() {
    }

    /** Titles compared on letters and digits only: file-name-safe titles write / and quotes as _. */
    static boolean sameTitle(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = lettersAndDigits(a);
        return !x.isEmpty() && x.equals(lettersAndDigits(b));
    }

    /**
     * Near-equal titles: the same letters and digits, or one a prefix of the other (a shortened front-matter title),
     * or a common prefix of at least 80% of the shorter (a title edited after the telegraph went out).
     */
    static boolean similarTitle(String a, String b) {
        String x = lettersAndDigits(a);
        String y = lettersAndDigits(b);
        int shorter = Math.min(x.length(), y.length());
        if (shorter < 4) {
            return !x.isEmpty() && x.equals(y);
        }
        int common = 0;
        while (common < shorter && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common == shorter || common * 5 >= shorter * 4;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

}
