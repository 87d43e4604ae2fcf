/**
 * Character-level named-entity recogniser for Chinese news: an averaged structured perceptron with Viterbi
 * decoding over BIOES tags, fed with character n-grams and the features of one HanLP segmentation pass.
 *
 * <p>{@link dev.newsflow.enrich.ner.NerModel} decodes (thread-safe, loaded once from the classpath),
 * {@link dev.newsflow.enrich.ner.NerTrainer} reproduces the shipped model from the shared gold data and
 * {@link dev.newsflow.enrich.ner.NerEvaluator} scores any recogniser with exact-span precision, recall and F1.
 *
 * <h2>The shipped model ({@code /ner/ner-model.bin.gz})</h2>
 * Made by {@code train-ner} from {@code ../shared/ner-gold}: CLUENER train without every tenth line (the held-out
 * split, {@link dev.newsflow.enrich.ner.NerCorpus#isHeldOut}), plus People's Daily dev weighted three times. No test
 * split (People's Daily test, MSRA test) feeds training, features or tuning. Two conventions differ between the
 * corpora and are reconciled by partial supervision rather than by picking one:
 * <ul>
 *   <li>People's Daily ORG has no kind: its spans may be any of ORG_GOV, ORG_COM, ORG_ORG, and the current weights
 *       choose (one kind per span); it never marks titles, so its O characters may also be TITLE.</li>
 *   <li>CLUENER marks places only where the text is about a location (中国 in 中国经济 is O), People's Daily marks every
 *       place: in half of the CLUENER sentences an unmarked HanLP place word may be O or LOC.</li>
 * </ul>
 * Settings (iterations 10, People's Daily weight 3, the half above) were chosen on the CLUENER held-out split and a
 * held-out tenth of People's Daily dev ({@code train-ner --tuning}).
 */
package dev.newsflow.enrich.ner;
