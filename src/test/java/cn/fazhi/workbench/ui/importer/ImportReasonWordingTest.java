package cn.fazhi.workbench.ui.importer;

import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.workflow.ImportReason;
import cn.fazhi.workbench.workflow.ImportReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import screen words each file's reason code in the window's language. */
class ImportReasonWordingTest {
    @AfterEach
    void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    private static ImportReports.FileOutcome outcome(ImportReports.Status status, Long id, ImportReason reason) {
        return new ImportReports.FileOutcome("a.docx", status, id, null, reason, false, null, null, 0, "detail for the log");
    }

    @Test
    void reasonsAreChineseInTheChineseWindow() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        assertTrue(ImportViewModel.reason(outcome(ImportReports.Status.FAILED, null, ImportReason.UNSAFE)).contains("不安全"));
        assertEquals("另一个程序刚刚导入了同一文件，已保存（报告 7）", ImportViewModel.reason(
                outcome(ImportReports.Status.DUPLICATE, 7L, ImportReason.DUPLICATE_MEANWHILE)));
        assertTrue(ImportViewModel.reason(outcome(ImportReports.Status.FAILED, null, ImportReason.DISK_FULL)).contains("磁盘已满"));
    }

    /** The log's technical detail (English) never reaches the window: only the code's words do. */
    @Test
    void theDetailForTheLogIsNeverShown() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        for (ImportReason r : ImportReason.values()) {
            String words = ImportViewModel.reason(outcome(ImportReports.Status.FAILED, 3L, r));
            assertFalse(words.contains("detail") || words.startsWith("!"), r + ": " + words);
            // file extensions (the registry's list in "unsupported") and the name of a package to install are not English
            String prose = words.replaceAll("\\.[A-Za-z]+", "").replace("libtesseract5", "");
            assertFalse(java.util.regex.Pattern.compile("[A-Za-z]{3,}").matcher(prose).find(), r + " has English words: " + words);
        }
        assertEquals("", ImportViewModel.reason(outcome(ImportReports.Status.IMPORTED, 3L, null)));
    }

    @Test
    void theSummarySaysWhenTheDiskIsFull() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        String s = ImportViewModel.summarize(List.of(outcome(ImportReports.Status.IMPORTED, 1L, null),
                outcome(ImportReports.Status.FAILED, null, ImportReason.DISK_FULL),
                outcome(ImportReports.Status.CANCELLED, null, ImportReason.STOPPED_DISK_FULL)));
        assertTrue(s.contains("跳过 0") && s.contains("磁盘已满"), s);
    }
}
