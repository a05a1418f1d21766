package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.review.HistoryText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A value's history reads as sentences in the chosen language. */
class HistoryTextTest {
    private static AuditEntry entry(String action, String old, String now, String note) {
        return new AuditEntry(1, "2026-12-01T12:00:00Z", "张三", action, 1L, 2L, "licensing.handled", old, now, note);
    }

    @AfterEach
    void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aCorrectionReadsAsASentenceWithGroupedNumbers() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals("张三 2026-12-01 将 34,583 件 更正为 143,664 件：两项合计",
                HistoryText.sentence(entry("correct", "34583 件", "143664 件", "两项合计")));
        assertEquals("张三 2026-12-01 确认了此数值", HistoryText.sentence(entry("confirm", "extracted", "confirmed", null)));
        assertEquals("张三 2026-12-01 撤销了上一步：7,352 件（已确认） 恢复为 7,352 件（自动提取）",
                HistoryText.sentence(entry("undo", "7352 件 (confirmed)", "7352 件 (extracted)", null)));
        assertEquals("张三 2026-12-01 将 98.5 % 更正为 98.8 %（约）",
                HistoryText.sentence(entry("correct", "98.5 %", "98.8 % (approx)", null)));
    }

    @Test
    void inEnglishToo() {
        I18n.use(Locale.ENGLISH);
        assertEquals("张三 on 2026-12-01 corrected 34,583 件 to 143,664 件",
                HistoryText.sentence(entry("correct", "34583 件", "143664 件", null)));
    }

    /** The notes the program writes are stored in English: the Chinese window words them, or leaves them out. */
    @Test
    void theProgramsOwnNotesAreWordedNeverShownInEnglish() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals("张三 2026-12-01 沿用审核结果：7,352 件 → 7,352 件：沿用自报告 12（已确认）",
                HistoryText.sentence(entry("carry_over", "7352 件", "7352 件", "from report 12 (confirmed)")));
        assertEquals("张三 2026-12-01 撤销了上一步：7,352 件（人工添加） 恢复为 ：删除了人工添加的数值",
                HistoryText.sentence(entry("undo", "7352 件 (manual)", null, "added value removed")));
        String unknown = HistoryText.sentence(entry("reextract", null, null, "some note a later version writes"));
        assertFalse(unknown.contains("some note"), unknown);
        String future = HistoryText.sentence(entry("archive", null, null, null));
        assertFalse(java.util.regex.Pattern.compile("[A-Za-z]{3,}").matcher(future).find(), future);
        assertEquals("张三 2026-12-01 确认了此数值：look at page 3",
                HistoryText.sentence(entry("confirm", "extracted", "confirmed", "look at page 3")), "a person's note as typed");
    }
}
