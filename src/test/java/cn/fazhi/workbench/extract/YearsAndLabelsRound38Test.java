package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Round 38 (tools/probes/redteam-round38-years.tsv, -labels.tsv; the lead's blind batches): another year, a change or
 * a series beside the reporting year's figure in report sentences (no trap let through), and a label that names the
 * matter followed by the year before a clause that leaves the matter out (行政复议：2022年收到申请86件) — the year no
 * longer hides the label's matter from the clause.
 */
class YearsAndLabelsRound38Test {

    @Test
    void aLabelsMatterReachesAClauseThatOpensWithTheYear() {
        var x = report("行政复议：2022年收到申请86件，受理80件，审结78件。");
        assertValue(x, "reconsideration.received", "86");
        assertValue(x, "reconsideration.accepted", "80");
        assertValue(report("行政复议：2022年度共收到申请86件，依法受理80件。"), "reconsideration.received", "86");
        assertValue(report("行政复议：本年度收到申请86件。"), "reconsideration.received", "86");
        assertValue(report("法律援助：2022年度办理812件。"), "legal_aid.cases", "812");
        assertValue(report("规范性文件：2022年审核86件。"), "normative_docs.reviewed", "86");
        assertValue(report("行政应诉：2022年发生案件86件，败诉5件。"), "litigation.cases", "86");
    }

    @Test
    void theYearTheLabelsClauseNamesStillRulesItsFigure() {
        notAValue("行政复议：2021年收到申请70件。", "reconsideration.received");
        notAValue("行政复议：上半年收到申请40件。", "reconsideration.received");
        notAValue("行政复议：近三年收到申请216件。", "reconsideration.received");
        notAValue("行政复议：2022年1—10月收到申请72件。", "reconsideration.received");
        var x = report("法律援助：2021年办理760件，2022年办理812件。");
        assertValue(x, "legal_aid.cases", "812");
    }

    @Test
    void otherYearsChangesAndSeriesBesideTheYearsFigure() {
        assertValue(report("县本级新收行政复议申请326件（2021年为267件），同比增长22.1%。"), "reconsideration.received", "326");
        assertValue(report("受理法律援助案件726件，比2021年的640件增加86件。"), "legal_aid.cases", "726");
        assertValue(report("全县行政诉讼败诉率由2021年的9.2%下降至5.8%。"), "litigation.loss_rate", "5.8");
        notAValue("2021年经复议后又进入诉讼的案件18件，复议后起诉率为26.4%。", "litigation.cases");
        notAValue("全县行政机关负责人出庭应诉率连续三年保持100%。", "litigation.head_appearance_rate");
        notAValue("去年同期全县共收到行政复议申请267件。", "reconsideration.received");
    }
}
