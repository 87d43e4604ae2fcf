package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The span-shape rules on their own, with words written for this test. */
class JunkRulesTest {

    @Test
    void aKindOfOrganisationIsNoOrganisationButANameInItIs() {
        assertThat(JunkRules.genericOrganisation("上市公司")).isTrue();
        assertThat(JunkRules.genericOrganisation("消费金融公司")).isTrue();
        assertThat(JunkRules.genericOrganisation("九成公司")).isTrue();
        assertThat(JunkRules.genericOrganisation("地方政府")).isTrue();
        assertThat(JunkRules.genericOrganisation("多家上市公司和证券公司")).isTrue();
        assertThat(JunkRules.genericOrganisation("管理有限公司")).isTrue();
        assertThat(JunkRules.genericOrganisation("审计母公司")).isTrue();
        // a name the dictionary does not know, a place, a legal name, a national scope: specific
        assertThat(JunkRules.genericOrganisation("睿远基金")).isFalse();
        assertThat(JunkRules.genericOrganisation("瑞典银行")).isFalse();
        assertThat(JunkRules.genericOrganisation("小米科技有限责任公司")).isFalse();
        assertThat(JunkRules.genericOrganisation("国家原子能机构")).isFalse();
        assertThat(JunkRules.genericOrganisation("辉煌集团")).isFalse();
    }

    @Test
    void aSwallowedClauseOrRelationIsCutBeforeTheName() {
        assertThat(JunkRules.clauseCut("人士对新华社")).isEqualTo(3);
        assertThat(JunkRules.clauseCut("经检察机关")).isEqualTo(1);
        assertThat(JunkRules.clauseCut("子公司华泰证券")).isEqualTo(3);
        assertThat(JunkRules.clauseCut("公司国盛电子")).isEqualTo(2); // 标的公司|国盛电子: the filer before the name
        assertThat(JunkRules.clauseCut("甲方上海华联物流有限公司")).isEqualTo(2);
        // 经 of 经济 and 据 of 大数据 are no prepositions
        assertThat(JunkRules.clauseCut("中国经济研究中心")).isZero();
        assertThat(JunkRules.clauseCut("星河农业大数据科技集团")).isZero();
    }

    @Test
    void acronymsAreNoPeopleButNamesWrittenTogetherAre() {
        assertThat(JunkRules.latinNonPerson("ETF")).isTrue();
        assertThat(JunkRules.latinNonPerson("LPR")).isTrue();
        assertThat(JunkRules.latinNonPerson("NXTrade")).isTrue();
        assertThat(JunkRules.latinNonPerson("Powell")).isFalse();
        assertThat(JunkRules.latinNonPerson("JohnSmith")).isFalse();
    }

    @Test
    void aSpanCutsNoLatinWordOrNumber() {
        assertThat(JunkRules.insideLatinRun("*ST海华公告", 2)).isTrue();
        assertThat(JunkRules.insideLatinRun("年报2021", 2)).isFalse();
        assertThat(JunkRules.insideLatinRun("ABC2021年", 3)).isFalse();
        assertThat(JunkRules.insideLatinRun("12345", 2)).isTrue();
    }

    @Test
    void aTrailingLocativeWordIsCutAndTaiyuanStaysWhole() {
        assertThat(JunkRules.trailingLocative("杭州东站内", true)).isEqualTo(1);
        assertThat(JunkRules.trailingLocative("山西太原", false)).isZero();
    }
}
