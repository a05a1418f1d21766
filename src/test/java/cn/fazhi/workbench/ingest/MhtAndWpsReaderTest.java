package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.commons.codec.net.QuotedPrintableCodec;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved web archives (.mht/.mhtml) written here the way browsers and Word write them, and .wps files. */
class MhtAndWpsReaderTest {
    private static final Charset GBK = Charset.forName("GBK");

    static String page(String metaCharset) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head>");
        if (metaCharset != null) {
            html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=").append(metaCharset).append("\">");
        }
        html.append("<title>").append(NewFormats.TITLE).append("</title><style>p{margin:0}</style></head><body>")
                .append("<div class=\"nav\">首页 &gt; 政务公开</div>");
        for (String p : NewFormats.PARAGRAPHS) {
            html.append("<p>").append(p).append("</p>\n");
        }
        html.append("<img src=\"seal.png\"></body></html>");
        return html.toString();
    }

    /** As Chrome's "save as single file (MHTML)": the page quoted-printable in UTF-8, an image in base64. */
    static byte[] chromeMhtml() {
        String boundary = "----MultipartBoundary--hW1xq1tGq8vUnnHdSXoA7r1OLxB2ytxtUUKp6dGLk----";
        String qp = new QuotedPrintableCodec(true).encode(page("UTF-8"), StandardCharsets.UTF_8);
        String msg = "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: http://www.tongshan.gov.cn/zwgk/2023/report.html\r\n"
                + "Subject: =?utf-8?Q?=E9=80=9A=E5=B1=B1=E5=8E=BF?=\r\n"
                + "Date: Mon, 13 Feb 2023 09:12:44 +0800\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/html\r\n"
                + "Content-ID: <frame-2B1C6A7E@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: http://www.tongshan.gov.cn/zwgk/2023/report.html\r\n\r\n"
                + qp + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Location: http://www.tongshan.gov.cn/zwgk/2023/seal.png\r\n\r\n"
                + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n"
                + "--" + boundary + "--\r\n";
        return msg.getBytes(StandardCharsets.US_ASCII);
    }

    /** As Internet Explorer or Word: the page in GBK, base64, the charset only in the part's header. */
    static byte[] gbkMht(String partCharset) {
        String boundary = "----=_NextPart_000_0000_01D93F2A.5B1C6A70";
        String b64 = Base64.getMimeEncoder().encodeToString(page(null).getBytes(GBK));
        String msg = "From: <Saved by Windows Internet Explorer 11>\r\n"
                + "Subject: report\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n"
                + "This is a multi-part message in MIME format.\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/html;\r\n\tcharset=\"" + partCharset + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Location: http://www.tongshan.gov.cn/report.htm\r\n\r\n"
                + b64 + "\r\n"
                + "--" + boundary + "--\r\n";
        return msg.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void chromeMhtmlIsReadThroughTheHtmlReaderAndItsFigureExtracted() throws Exception {
        ReportText t = ReportReaders.read("report.mhtml", chromeMhtml());
        assertEquals(ReportFormat.MHT, t.format());
        assertEquals("UTF-8", t.charset());
        NewFormats.assertReadsTheReport(t);
        assertFalse(t.text().contains("首页"), "navigation chrome is dropped as for any page:\n" + t.text());
        assertFalse(t.text().contains("iVBOR"), "other parts are not read");
        assertFalse(t.text().contains("=E5"), "quoted-printable is undone");
    }

    @Test
    void theHtmlPartsCharsetIsHonouredWhenThePageDeclaresNone() throws Exception {
        ReportText t = ReportReaders.read("report.mht", gbkMht("gb2312"));
        assertEquals(ReportFormat.MHT, t.format());
        assertEquals("GB18030", t.charset());
        NewFormats.assertReadsTheReport(t);
        // a wrong declared charset falls back to detection rather than producing mojibake
        ReportText wrong = ReportReaders.read("report.mht", gbkMht("utf-8"));
        NewFormats.assertReadsTheReport(wrong);
    }

    @Test
    void recognisedByContentWhateverTheName() throws Exception {
        assertEquals(ReportFormat.MHT, ReportReaders.read("report.html", chromeMhtml()).format());
        assertEquals(ReportFormat.MHT, ReportReaders.read("report.txt", chromeMhtml()).format());
        assertEquals(ReportFormat.MHT, ReportReaders.read("report", chromeMhtml()).format());
        // a plain web page named .mht is read as the page it is
        assertEquals(ReportFormat.HTML, ReportReaders.read("report.mht", page("UTF-8").getBytes(StandardCharsets.UTF_8)).format());
        // a text report that merely begins with a colon-separated line is not taken for MIME
        ReportText txt = ReportReaders.read("report.txt", ("标题: " + NewFormats.TITLE + "\n\n全县共调处矛盾纠纷274件。")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(ReportFormat.TXT, txt.format());
    }

    @Test
    void damagedAndForeignArchivesGiveClearErrors() throws Exception {
        ReadException notMime = assertThrows(ReadException.class,
                () -> ReportReaders.read("report.mht", "随便一些文字，不是网页存档。".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ReadError.Kind.CORRUPT, notMime.kind());
        assertTrue(notMime.getMessage().contains(".mht"), notMime.getMessage());

        String imagesOnly = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
        ReadException noPage = assertThrows(ReadException.class,
                () -> ReportReaders.read("report.mht", imagesOnly.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ReadError.Kind.NO_TEXT, noPage.kind());
        assertTrue(noPage.getMessage().contains("text/html"), noPage.getMessage());

        // cut off in the middle of the page: what arrived is read, nothing is invented
        byte[] whole = chromeMhtml();
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
        try {
            ReportText t = ReportReaders.read("report.mht", cut);
            assertTrue(t.text().contains(NewFormats.TITLE), t.text());
        } catch (ReadException e) {
            assertEquals(ReadError.Kind.CORRUPT, e.kind(), e.getMessage());
        }
    }

    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWpsThatIsAnOoxmlPackageIsReadByTheDocxReader() throws Exception {
        ReportText t = ReportReaders.read("report.wps", docx(NewFormats.PARAGRAPHS));
        assertEquals(ReportFormat.WPS, t.format());
        NewFormats.assertReadsTheReport(t);
    }

    @Test
    void aWpsThatIsAWord97BinaryIsReadByTheDocReader() throws Exception {
        ReportText t = ReportReaders.read("report.wps", OfficeAndPdfReaderTest.fixture("sample-report.doc"));
        assertEquals(ReportFormat.WPS, t.format());
        assertTrue(t.text().contains("全县各级人民调解组织共调处矛盾纠纷1,326件"), t.text());
        assertTrue(t.text().contains("评查行政执法案卷\t150卷"), t.text());
        var disputes = ReportExtractor.withBundledData().extract(t).values().stream()
                .filter(v -> v.indicator().equals("mediation.disputes")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal(1326).compareTo(disputes.value()));
    }

    @Test
    void whatIsNotAWordDocumentInsideAWpsIsRefusedNamingWps() throws Exception {
        for (byte[] bytes : List.of("WPS 文字 旧格式".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4, 5, 6, 7, 8},
                OfdReaderTest.zip(List.of("content.xml"), List.of("<x/>")),
                OfdReaderTest.zip(List.of("[Content_Types].xml", "xl/workbook.xml"), List.of("<Types/>", "<workbook/>")))) {
            ReadException e = assertThrows(ReadException.class, () -> ReportReaders.read("report.wps", bytes));
            assertTrue(e.kind() == ReadError.Kind.UNSUPPORTED || e.kind() == ReadError.Kind.CORRUPT, e.kind().id());
            assertTrue(e.getMessage().contains("WPS"), e.getMessage());
        }
        ReadException plain = assertThrows(ReadException.class,
                () -> ReportReaders.read("report.wps", "WPS 文字 旧格式".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ReadError.Kind.UNSUPPORTED, plain.kind());
        byte[] doc = OfficeAndPdfReaderTest.fixture("sample-report.doc");
        ReadException truncated = assertThrows(ReadException.class,
                () -> ReportReaders.read("report.wps", Arrays.copyOf(doc, 1500)));
        assertEquals(ReadError.Kind.CORRUPT, truncated.kind());
        assertTrue(truncated.getMessage().contains("WPS"), truncated.getMessage());
    }

    @Test
    void aFolderWalkPicksUpTheNewExtensions() {
        for (String name : List.of("a.ofd", "b.MHT", "c.mhtml", "d.wps", "e.docx")) {
            assertTrue(ReportReaders.isSupportedName(name), name);
        }
        assertFalse(ReportReaders.isSupportedName("f.zip"));
        assertTrue(ReportReaders.extensionList().contains(".ofd"));
        assertTrue(ReportReaders.extensionList().endsWith(" and .tiff"), ReportReaders.extensionList());
    }
}
