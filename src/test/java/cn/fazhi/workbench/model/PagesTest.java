package cn.fazhi.workbench.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagesTest {
    @Test
    void thePageOfAnOffsetCountsTheFormFeedsBeforeIt() {
        String t = "第一页\n\f第二页\n\f第三页";
        assertEquals(1, Pages.pageAt(t, ReportFormat.PDF, 0));
        assertEquals(2, Pages.pageAt(t, ReportFormat.PDF, t.indexOf("第二")));
        assertEquals(3, Pages.pageAt(t, ReportFormat.PDF, t.length()));
        assertEquals(3, Pages.count(t));
        assertEquals(0, Pages.pageAt("没有分页", ReportFormat.HTML, 2), "a web page has no pages");
        assertEquals(1, Pages.pageAt("一张图片", ReportFormat.IMAGE, 2), "an image is page 1");
    }

    @Test
    void thePagerAgreesWithPageAtAtEveryOffset() {
        for (String t : new String[]{"第一页\n\f第二页\n\f第三页", "\f开头就换页", "没有分页", ""}) {
            for (ReportFormat f : new ReportFormat[]{ReportFormat.PDF, ReportFormat.HTML, ReportFormat.SCAN}) {
                var pager = Pages.pager(t, f);
                for (int at = -1; at <= t.length() + 1; at++) {
                    assertEquals(Pages.pageAt(t, f, at), pager.applyAsInt(at), t + " " + f + " at " + at);
                }
            }
        }
    }
}
