package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.PartFinding.How;
import cn.fazhi.workbench.model.ReportPart;
import cn.fazhi.workbench.model.ReportStructure;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five parts of 督察工作规定 art. 25 in the five sample reports and in reports made to lack some. */
class StructureDetectorTest {
    private static ReportStructure sample(String prefix, int year) throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/samples"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return StructureDetector.detect(Files.readString(p), year);
        }
    }

    private static void part(ReportStructure r, ReportPart p, How how, String heading) {
        PartFinding f = r.part(p);
        assertEquals(how, f.how(), p + ": " + f);
        if (heading == null) {
            assertNull(f.heading());
        } else {
            assertTrue(f.heading().startsWith(heading), p + ": " + f.heading());
        }
    }

    @Test
    void yuanzhouHasFourPartsUnderTheirOwnHeadings() throws Exception {
        ReportStructure r = sample("003", 2022);
        part(r, ReportPart.MEASURES, How.HEADING, "一、主要举措和成效亮点");
        part(r, ReportPart.SHORTCOMINGS, How.HEADING, "二、存在的主要问题和原因分析");
        // a sentence of the first part names the duty earlier; the heading of its own part wins
        part(r, ReportPart.LEADER_DUTIES, How.HEADING, "三、政府主要负责人履行第一责任人职责情况");
        part(r, ReportPart.NEXT_YEAR, How.HEADING, "四、下步工作打算");
        part(r, ReportPart.OTHER_MATTERS, How.MISSING, null);
        assertEquals(4, r.partsFound());
    }

    @Test
    void theLeadersDutyUnderALowerHeading() throws Exception {
        ReportStructure r = sample("001", 2022);
        part(r, ReportPart.MEASURES, How.HEADING, "一、推动法治政府建设的主要举措和成效");
        part(r, ReportPart.SHORTCOMINGS, How.HEADING, "二、存在的问题");
        part(r, ReportPart.LEADER_DUTIES, How.SUB_HEADING, "(一)强化组织领导,严格履行第一责任人职责");
        part(r, ReportPart.NEXT_YEAR, How.HEADING, "三、下一步工作思路");
        part(r, ReportPart.OTHER_MATTERS, How.MISSING, null);
    }

    @Test
    void theLeadersDutyOnlyInASentence() throws Exception {
        ReportStructure r = sample("002", 2022);
        part(r, ReportPart.MEASURES, How.HEADING, "一、工作开展情况");
        part(r, ReportPart.SHORTCOMINGS, How.HEADING, "二、存在的主要问题");
        part(r, ReportPart.LEADER_DUTIES, How.TEXT, "二是制定印发");
        part(r, ReportPart.NEXT_YEAR, How.HEADING, "三、下一步工作打算");
    }

    @Test
    void themedHeadingsAndAClosingParagraph() throws Exception {
        ReportStructure r = sample("000", 2022);
        part(r, ReportPart.MEASURES, How.THEMED_HEADINGS, "• 学习贯彻习近平法治思想");
        part(r, ReportPart.SHORTCOMINGS, How.TEXT, "一年来,乌鲁木齐县法治政府建设工作取得一定成效,但是");
        part(r, ReportPart.LEADER_DUTIES, How.TEXT, "一是县委、县政府主要领导");
        part(r, ReportPart.NEXT_YEAR, How.TEXT, "2023年,我县将继续推进法治政府建设");
        part(r, ReportPart.OTHER_MATTERS, How.MISSING, null);
    }

    @Test
    void anOldReportWithoutPlansOrLeaders() throws Exception {
        ReportStructure r = sample("004", 2017);
        part(r, ReportPart.MEASURES, How.THEMED_HEADINGS, "一、认真贯彻落实市人民政府");
        part(r, ReportPart.SHORTCOMINGS, How.TEXT, "但与市委、市政府的要求还有一定的差距");
        part(r, ReportPart.LEADER_DUTIES, How.MISSING, null);
        part(r, ReportPart.NEXT_YEAR, How.MISSING, null);
        part(r, ReportPart.OTHER_MATTERS, How.MISSING, null);
        assertTrue(r.statements() > 0 && r.statementsWithFigures() > 0 && r.statementsWithFigures() < r.statements());
    }

    @Test
    void allFivePartsUnderTheirHeadings() {
        ReportStructure r = StructureDetector.detect("""
                某县2022年度法治政府建设情况报告
                一、主要举措和成效
                全年办理行政复议案件12件。组织学法培训3次。
                二、存在的不足和原因
                执法队伍力量仍然薄弱。
                三、党政主要负责人履行推进法治建设第一责任人职责情况
                县长带头学法。
                四、2023年工作安排
                继续推进依法行政。
                五、其他需要报告的情况
                无。
                """, 2022);
        assertEquals(5, r.partsFound());
        for (PartFinding f : r.parts()) {
            assertEquals(How.HEADING, f.how(), f.toString());
        }
        part(r, ReportPart.OTHER_MATTERS, How.HEADING, "五、其他需要报告的情况");
        part(r, ReportPart.NEXT_YEAR, How.HEADING, "四、2023年工作安排");
        // the results' statements (two with figures), the leaders' one and "无。" (the extractor reads 其他 as results);
        // headings, shortcomings and plans do not count
        assertEquals(4, r.statements());
        assertEquals(2, r.statementsWithFigures());
    }

    @Test
    void aReportOfMeasuresOnlyLacksTheOtherFour() {
        ReportStructure r = StructureDetector.detect("""
                某县2022年度法治政府建设情况报告
                一、主要举措和成效
                全年办理行政复议案件12件。
                （一）加强行政执法。
                开展执法检查5次。
                """, 2022);
        part(r, ReportPart.MEASURES, How.HEADING, "一、主要举措和成效");
        for (ReportPart p : new ReportPart[] {ReportPart.SHORTCOMINGS, ReportPart.LEADER_DUTIES, ReportPart.NEXT_YEAR,
                ReportPart.OTHER_MATTERS}) {
            part(r, p, How.MISSING, null);
        }
    }

    @Test
    void lowerHeadingsNeedThePartsOwnWords() {
        ReportStructure r = StructureDetector.detect("""
                一、主要举措和成效
                （一）补齐执法短板。
                开展执法检查5次。
                （二）存在的不足。
                执法力量不足。
                """, 2022);
        // "补齐执法短板" is a theme of the work, not the shortcomings part; "存在的不足" is
        part(r, ReportPart.SHORTCOMINGS, How.SUB_HEADING, "（二）存在的不足");
    }

    @Test
    void noHeadingsAtAll() {
        ReportStructure r = StructureDetector.detect("今年我县办理行政复议案件12件。", 2022);
        assertEquals(0, r.partsFound());
        assertEquals(1, r.statements());
        assertEquals(1, r.statementsWithFigures());
    }
}
