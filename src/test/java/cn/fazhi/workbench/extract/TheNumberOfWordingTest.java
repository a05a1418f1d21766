package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;

/** "…案件总数为256件", "…文件数量为26件": the name ends before the words for "the number of it is". */
class TheNumberOfWordingTest {

    @Test
    void theNameBeforeTheNumberOfIsTheFiguresName() {
        aValue("全县法律援助案件总数为256件。", "legal_aid.cases");
        aValue("全县法律援助案件数量达256件。", "legal_aid.cases");
        aValue("全县2023年度法律援助案件总数为256件，上年度为230件。", "legal_aid.cases");
        aValue("全年审查规范性文件数量为26件。", "normative_docs.reviewed");
    }

    @Test
    void otherNumbersOfStayOut() {
        notAValue("全年法律援助受援人数为1690人。", "legal_aid.cases");
        notAValue("全年法律咨询数为5600人次。", "legal_aid.cases");
    }
}
