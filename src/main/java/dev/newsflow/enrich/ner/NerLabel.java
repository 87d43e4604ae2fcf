package dev.newsflow.enrich.ner;

/**
 * Entity labels of the recogniser. The model itself emits every label except {@link #ORG}: an organisation of
 * unknown kind, which other recognisers (or a knowledge base) may produce and which the evaluator accepts.
 */
public enum NerLabel {
    /** A person. */
    PER,
    /** A government body (ministry, regulator, central bank, court, local government). */
    ORG_GOV,
    /** A company (including commercial banks and exchanges-as-companies). */
    ORG_COM,
    /** Any other organisation (association, school, team, party, NGO). */
    ORG_ORG,
    /** An organisation whose kind is unknown. */
    ORG,
    /** A place or address. */
    LOC,
    /** A position or title (行长, 董事长). */
    TITLE;

    /** True for every organisation label, of any kind. */
    public boolean isOrganisation() {
        return this == ORG_GOV || this == ORG_COM || this == ORG_ORG || this == ORG;
    }

    /** True when {@code label} names an organisation label. Unknown strings are not organisations. */
    public static boolean isOrganisation(String label) {
        return label.startsWith("ORG");
    }
}
