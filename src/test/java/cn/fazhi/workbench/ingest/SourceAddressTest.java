package cn.fazhi.workbench.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The address a saved page states about itself (issue 13): taken only when the file says it plainly. */
class SourceAddressTest {
    private static Optional<String> of(String html) {
        return SourceAddress.of(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePagesOwnStatementsInOrder() {
        assertEquals(Optional.of("https://a.gov.cn/x.html"), of("<html><head><meta property=\"og:url\" content=\"https://b.gov.cn/y\">"
                + "<link rel=\"canonical\" href=\"https://a.gov.cn/x.html\"></head><body><p>报告</p></body></html>"));
        assertEquals(Optional.of("https://b.gov.cn/y"), of("<html><head><meta property=\"og:url\" content=\"https://b.gov.cn/y\">"
                + "</head><body><p>报告</p></body></html>"));
        // the metadata the 政府网站发展指引 asks government sites to carry
        assertEquals(Optional.of("http://www.x.gov.cn/art/2023/3/1/art_5.html"), of("<html><head><meta name=\"Url\" "
                + "content=\"http://www.x.gov.cn/art/2023/3/1/art_5.html\"></head><body><p>报告</p></body></html>"));
        // what a browser writes when it saves a page
        assertEquals(Optional.of("http://www.y.gov.cn/col/a.shtml"), of("<!DOCTYPE html>\n<!-- saved from url=(0031)http://www.y.gov.cn/col/a.shtml -->\n"
                + "<html><head></head><body><p>报告</p></body></html>"));
        assertEquals(Optional.of("http://www.z.gov.cn/a/b/c.htm"), of("<html><head><base href=\"http://www.z.gov.cn/a/b/c.htm\"></head>"
                + "<body><p>报告</p></body></html>"));
    }

    @Test
    void nothingRatherThanSomethingWrong() {
        assertEquals(Optional.empty(), of("<html><head><base href=\"http://www.z.gov.cn/\"></head><body><p>报告</p></body></html>"),
                "a site root is not the report's page");
        assertEquals(Optional.empty(), of("<html><head><link rel=\"canonical\" href=\"/zwgk/a.html\"></head><body>报告</body></html>"));
        assertEquals(Optional.empty(), of("<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body>报告</body></html>"));
        assertEquals(Optional.empty(), of("<html><head><meta name=\"url\" content=\"http://a b.gov.cn/x\"></head><body>报告</body></html>"));
        assertEquals(Optional.empty(), SourceAddress.of("plain text, no page".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), SourceAddress.usable("=HYPERLINK(\"http://evil\")"));
    }

    @Test
    void aWebArchiveSaysWhereItsPageCameFrom() {
        String mht = "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.w.gov.cn/a.html\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n"
                + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n"
                + "Content-Location: http://www.w.gov.cn/art/2023/2/1/art_9.html\r\n\r\n"
                + "<html><body><p>某县2022年度法治政府建设情况报告</p></body></html>\r\n--B--\r\n";
        assertEquals(Optional.of("http://www.w.gov.cn/art/2023/2/1/art_9.html"),
                SourceAddress.of(mht.getBytes(StandardCharsets.UTF_8)));
    }
}
