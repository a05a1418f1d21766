package cn.fazhi.workbench.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Ways reports commonly state the indicators, written for these tests (not taken from the sample
 * reports): the expected value, or "-" when the sentence must give no value for that indicator.
 */
class PhrasingTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mediation.disputes            | 全县各级人民调解组织共排查化解矛盾纠纷1.2万件，调解成功率98%以上。            | 12000
            mediation.success_rate        | 全县各级人民调解组织共排查化解矛盾纠纷1.2万件，调解成功率98%以上。            | 98
            mediation.disputes            | 全市各级人民调解组织共排查化解矛盾纠纷1.2万件，我县调解成功率98%。          | -
            mediation.success_rate        | 全市调解矛盾纠纷1.2万件，我县调解成功率98%。                               | 98
            mediation.disputes            | 今年1-10月，全县共调解矛盾纠纷1200件。                                       | -
            mediation.disputes            | 全县上半年调解矛盾纠纷600件，全年共调解矛盾纠纷1300件。                         | 1300
            mediation.disputes            | 全县年均调解矛盾纠纷1200件。                                                 | -
            mediation.success_rate        | 矛盾纠纷化解率达98.6%。                                                    | 98.6
            mediation.disputes            | 共调解各类纠纷3,456件，涉及金额2000万元。                                   | 3456
            mediation.disputes            | 共受理各类矛盾纠纷3000件，其中人民调解2000件。                               | 3000
            mediation.disputes            | 三年来共调处矛盾纠纷9000件。                                               | -
            mediation.disputes            | 诉前调解案件3000件。                                                      | -
            mediation.disputes            | 明确区属15家行政单位27项行政调解事项。                                       | -
            litigation.cases              | 全年共发生行政诉讼案件120件，审结98件，败诉6件，败诉率6.1%。                  | 120
            litigation.concluded          | 全年共发生行政诉讼案件120件，审结98件，败诉6件，败诉率6.1%。                  | 98
            litigation.lost               | 全年共发生行政诉讼案件120件，审结98件，败诉6件，败诉率6.1%。                  | 6
            litigation.loss_rate          | 全年共发生行政诉讼案件120件，审结98件，败诉6件，败诉率6.1%。                  | 6.1
            litigation.cases              | 行政应诉案件共计45件。                                                    | 45
            litigation.cases              | 行政诉讼收案30件，结案28件。                                               | 30
            litigation.head_appearance_rate | 行政机关负责人出庭应诉率达100%。                                          | 100
            litigation.head_appearance_rate | 行政机关负责人出庭应诉比例达到95%。                                       | 95
            litigation.head_appeared      | 全年行政机关负责人出庭应诉56次。                                           | 56
            litigation.cases              | 与2021年相比，行政诉讼案件下降15%。                                         | -
            litigation.cases              | 市中级人民法院共受理一审行政诉讼案件800件。                                  | -
            reconsideration.received      | 全年共收到行政复议申请120件，依法受理108件，不予受理12件。                     | 120
            reconsideration.accepted      | 全年共收到行政复议申请120件，依法受理108件，不予受理12件。                     | 108
            reconsideration.received      | 行政复议收案27件，结案25件。                                               | 27
            reconsideration.concluded     | 行政复议收案27件，结案25件。                                               | 25
            reconsideration.corrected     | 全年新收行政复议案件85件，审结80件，纠错12件，纠错率15%。                       | 12
            reconsideration.correction_rate | 全年新收行政复议案件85件，审结80件，纠错12件，纠错率15%。                     | 15
            reconsideration.correction_rate | 行政复议案件直接纠错率15%。                                               | 15
            reconsideration.corrected     | 审结行政复议案件56件，其中维持32件，撤销5件，确认违法2件，驳回8件。               | -
            petitions.completion_rate     | 行政复议案件办结率100%。                                                  | -
            legal_aid.cases               | 受理法律援助案件1234件，为受援人挽回经济损失2000余万元。                       | 1234
            legal_aid.cases               | 全县共办结法律援助案件520件。                                              | 520
            normative_docs.filed          | 审查备案规范性文件45件。                                                   | 45
            normative_docs.repealed       | 清理规范性文件156件，废止12件，修改8件。                                     | 12
            normative_docs.filed          | 规范性文件备案审查率100%。                                                 | -
            normative_docs.reviewed       | 法律顾问参与审查合同120件。                                                | -
            enforcement.files_reviewed    | 组织开展行政执法案卷评查，共评查案卷326卷，优秀案卷80卷。                       | 326
            petitions.completion_rate     | 全年共接待群众来访320批次1200人次，办理网上信访800件，信访事项按期办结率100%。     | 100
            petitions.completion_rate     | 12345热线共受理群众诉求5.6万件，办结率99.2%。                                | -
            licensing.handled             | 政务服务中心共办理各类事项38万件。                                          | 380000
            licensing.handled             | 全年网上办件量12.5万件。                                                  | -
            licensing.handled             | 全年政务服务办件量12.5万件。                                              | 125000
            licensing.handled             | 受理行政许可申请1200件。                                                  | 1200
            licensing.handled             | 全年共受理各类审批服务事项20.5万件，办结20.3万件，按时办结率100%。               | 205000
            licensing.handled             | 梳理公布政务服务事项1200项。                                              | -
            licensing.handled             | 为企业办理惠企事项14.76万件。                                              | -
            licensing.handled             | 12345热线转派工单1360件。                                                | -
            mediation.disputes            | 樟树市调解纠纷800件。                                                     | -
            litigation.head_appearance_rate | 行政机关负责人出庭应诉率由85%提高到100%。                                 | 100
            mediation.disputes            | 全区排查矛盾纠纷2300件，其中，区医疗纠纷调解委员会调解医疗纠纷45件。            | -
            legal_aid.cases               | 全年办理法律援助案件1,108件，其中刑事案件320件、民事案件788件。                | 1108
            mediation.success_rate        | 矛盾纠纷调解成功率从92.5%提升至96.8%。                                     | 96.8
            legal_aid.cases               | 办理法律援助案件由上年的300件增加到420件。                                  | 420
            mediation.disputes            | 某某镇调处矛盾纠纷30件。                                                   | -
            """)
    void readsCommonPhrasings(String indicator, String sentence, String expected) {
        var x = report(sentence);
        var v = value(x, indicator).filter(iv -> !iv.derived());
        if (expected.equals("-")) {
            assertFalse(v.isPresent(), sentence + " -> " + describe(x.values()));
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(v.map(iv -> iv.value()).orElseThrow(
                    () -> new AssertionError(indicator + " missing in: " + sentence + " values: " + describe(x.values())
                            + " candidates: " + describe(x.candidates())))), sentence);
        }
    }
}
