package cn.fazhi.workbench.ui.importer;

import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.workflow.ImportReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import screen words each file's reason code in the window's language. */
class ImportReasonWordingTest {
    @AfterEach
    void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    private static ImportReports.FileOutcome outcome(ImportReports.Status status, Long id, String reason, String code) {
        return new ImportReports.FileOutcome("a.docx", status, id, null, reason, false, null, null, 0, code);
    }

    @Test
    void reasonsAreChineseInTheChineseWindow() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        assertTrue(ImportViewModel.reason(outcome(ImportReports.Status.FAILED, null, "refused as unsafe: …", "unsafe"))
                .contains("不安全"));
        assertEquals("另一个程序刚刚导入了同一文件，已保存（报告 7）", ImportViewModel.reason(
                outcome(ImportReports.Status.DUPLICATE, 7L, "stored meanwhile", "duplicate_meanwhile")));
        assertTrue(ImportViewModel.reason(outcome(ImportReports.Status.FAILED, null, "disk", "disk_full")).contains("磁盘已满"));
    }

    @Test
    void aCodeWithoutWordsFallsBackToTheProgramsReason() {
        assertEquals("took too long", ImportViewModel.reason(
                outcome(ImportReports.Status.FAILED, null, "took too long", "some_future_code")));
    }

    @Test
    void theSummarySaysWhenTheDiskIsFull() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        String s = ImportViewModel.summarize(List.of(outcome(ImportReports.Status.IMPORTED, 1L, null, null),
                outcome(ImportReports.Status.FAILED, null, "disk", "disk_full"),
                outcome(ImportReports.Status.CANCELLED, null, "stopped", "stopped_disk_full")));
        assertTrue(s.contains("跳过 0") && s.contains("磁盘已满"), s);
    }
}
