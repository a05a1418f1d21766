package cn.fazhi.workbench.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BriefingTextTest {
    @Test
    void ordinalsAsAChineseDocumentWritesThem() {
        assertEquals("一", BriefingText.chineseOrdinal(1));
        assertEquals("十", BriefingText.chineseOrdinal(10));
        assertEquals("十二", BriefingText.chineseOrdinal(12));
        assertEquals("二十", BriefingText.chineseOrdinal(20));
        assertEquals("九十九", BriefingText.chineseOrdinal(99));
        assertEquals("一百", BriefingText.chineseOrdinal(100));
        assertEquals("一百零五", BriefingText.chineseOrdinal(105));
        assertEquals("一百一十二", BriefingText.chineseOrdinal(112));
        assertEquals("三百四十五", BriefingText.chineseOrdinal(345));
    }
}
