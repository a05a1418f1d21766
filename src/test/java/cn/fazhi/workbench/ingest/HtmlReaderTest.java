package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {
    private static final String BODY = """
            <div class="nav">首页 &gt; 政府信息公开 &gt; 法治政府</div>
            <div id="breadcrumb">您当前的位置：首页</div>
            <script>var x = "调解纠纷999件";</script>
            <style>.a{color:red}</style>
            <div id="zoom">
              <h1>通山县2022年度法治政府建设情况报告</h1>
              <p>全县共调处矛盾纠纷274件，调处成功率达到100%。</p>
              <table><tr><td>收到行政复议申请</td><td>21</td><td>件</td></tr>
                     <tr><td>法律援助案件</td><td>416件</td></tr></table>
            </div>
            <div class="footer">版权所有 通山县人民政府</div>
            """;

    private static String page(String meta) {
        return "<html><head>" + meta + "<title>标题</title></head><body>" + BODY + "</body></html>";
    }

    @Test
    void readsGbkPageDeclaredByMetaTag() throws Exception {
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">").getBytes(Charset.forName("GBK"));
        ReportText t = new HtmlReader().read(bytes);
        assertEquals(ReportFormat.HTML, t.format());
        assertEquals("GB18030", t.charset());
        assertTrue(t.text().contains("全县共调处矛盾纠纷274件"), t.text());
    }

    @Test
    void detectsGbkPageWithoutAnyDeclaration() throws Exception {
        byte[] bytes = page("").getBytes(Charset.forName("GBK"));
        ReportText t = new HtmlReader().read(bytes);
        assertTrue(t.text().contains("通山县2022年度法治政府建设情况报告"), t.text());
    }

    @Test
    void dropsScriptsStylesAndNavigationChrome() throws Exception {
        ReportText t = new HtmlReader().read(page("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8));
        assertFalse(t.text().contains("999"), t.text());
        assertFalse(t.text().contains("color"), t.text());
        assertFalse(t.text().contains("首页"), t.text());
        assertFalse(t.text().contains("版权所有"), t.text());
    }

    @Test
    void keepsReadingOrderAndSeparatesTableCells() throws Exception {
        String text = new HtmlReader().read(page("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8)).text();
        assertTrue(text.indexOf("通山县2022年度") < text.indexOf("全县共调处"));
        assertTrue(text.contains("收到行政复议申请\t21\t件"), text);
        assertTrue(text.contains("法律援助案件\t416件"), text);
    }
}
