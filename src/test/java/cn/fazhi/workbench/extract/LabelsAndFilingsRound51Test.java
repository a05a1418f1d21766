package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 51 (batch d and whole report r128, blind): documents others sent for filing and then reviewed are not the
 * documents filed; 行政复议收到申请 and a row label after a bracketed Arabic number (（1）行政复议：收到申请…) name the
 * applications received.
 */
class LabelsAndFilingsRound51Test {
    private static final String TITLE = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void documentsOthersSentForFilingAreNotTheFiled() {
        var x = extract(TITLE + "全年对各部门报送备案的规范性文件审查16件。\n");
        assertTrue(value(x, "normative_docs.filed").isEmpty(), describe(x.values()));
        assertValue(extract(TITLE + "全年县政府规范性文件报送备案14件。\n"), "normative_docs.filed", "14");
    }

    @Test
    void applicationsReceivedAfterTheMattersName() {
        assertValue(extract(TITLE + "全年行政复议收到申请618件，受理547件。\n"), "reconsideration.received", "618");
        var x = extract(TITLE + "（1）行政复议：收到申请86件，受理80件。\n");
        assertValue(x, "reconsideration.received", "86");
        assertValue(x, "reconsideration.accepted", "80");
    }
}
