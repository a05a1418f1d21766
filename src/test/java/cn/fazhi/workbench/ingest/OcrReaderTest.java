package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.bench.ScanImages;
import cn.fazhi.workbench.model.Pages;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scans and images through Tesseract with the shipped chi_sim model. The images are small (a few lines
 * at 300 dpi) so the test takes a second or two; quality on whole reports is measured by {@code bench ocr}.
 */
class OcrReaderTest {
    static final String LINES = "全年共受理行政复议案件21件，办结19件。\n人民调解组织调解纠纷7352件，调解成功7266件。";

    static List<BufferedImage> strip(String text, double degrees) throws Exception {
        return ScanImages.pages(text, new ScanImages.Style(300, degrees, 0.0005, 7), 6.5, 2.0, 0.3);
    }

    @Test
    void aPngIsRecognisedWithItsDigits() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(strip(LINES, 0.5).get(0), "png", png);
        ReportText t = ReportReaders.read("扫描件.png", png.toByteArray());
        assertEquals(ReportFormat.IMAGE, t.format());
        String compact = t.text().replaceAll("\\s", "");
        assertTrue(compact.contains("21件") && compact.contains("7352件") && compact.contains("7266件"), t.text());
        assertTrue(compact.contains("行政复议"), t.text());
        assertTrue(!t.text().contains("受 理"), "no spaces between Chinese characters: " + t.text());
    }

    @Test
    void aPdfWithoutTextLayerIsRecognisedPageByPageWithProgressAndPageBreaks() throws Exception {
        List<BufferedImage> pages = new ArrayList<>(strip("第一页：行政复议案件21件。", 0));
        pages.addAll(strip("第二页：调解纠纷7352件。", 0));
        byte[] pdf = ScanImages.pdf(pages, 300);
        assertTrue(ReportReaders.needsOcr("scan.pdf", pdf));
        List<Long> heard = new ArrayList<>();
        ReportText t = ReportReaders.read("scan.pdf", pdf, (done, total, m) -> heard.add(done * 10 + total),
                CancellationToken.none());
        assertEquals(ReportFormat.SCAN, t.format());
        assertEquals(List.of(2L, 12L, 22L), heard, "before each page and at the end, of 2 pages");
        assertEquals(2, Pages.count(t.text()));
        int second = t.text().indexOf("7352");
        assertTrue(second > 0, t.text());
        assertEquals(2, Pages.pageAt(t.text(), t.format(), second));
        assertEquals(1, Pages.pageAt(t.text(), t.format(), t.text().indexOf("21")));
    }

    @Test
    void withoutItsModelOcrSaysItIsUnavailable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) throws Exception {
        byte[] pdf = ScanImages.pdf(strip("行政复议案件21件。", 0), 300);
        System.setProperty("fazhi.tessdata", empty.toString());
        try {
            ReadException e = assertThrows(ReadException.class, () -> ReportReaders.read("scan.pdf", pdf));
            assertEquals(cn.fazhi.workbench.model.ReadError.Kind.OCR_UNAVAILABLE, e.kind());
        } finally {
            System.clearProperty("fazhi.tessdata");
        }
    }

    @Test
    void aPictureSmallerThanAPageIsNotRecognised() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1000, 120, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        ReadException e = assertThrows(ReadException.class, () -> ReportReaders.read("logo.png", png.toByteArray()));
        assertEquals(cn.fazhi.workbench.model.ReadError.Kind.NO_TEXT, e.kind());
        assertTrue(e.getMessage().contains("too small"), e.getMessage());
    }

    @Test
    void cancelStopsBeforeTheNextPage() throws Exception {
        byte[] pdf = ScanImages.pdf(strip("行政复议案件21件。", 0), 300);
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertThrows(CancellationToken.CancelledException.class,
                () -> ReportReaders.read("scan.pdf", pdf, (d, n, m) -> { }, cancel));
    }

    @Test
    void aTextLayerPdfNeedsNoOcrAndImagesAreKnownByTheirBytes() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        assertEquals(ReportFormat.IMAGE, FormatSniffer.sniff(png.toByteArray()).orElseThrow());
        assertEquals(ReportFormat.IMAGE, ReportReaders.formatOf("mislabelled.txt", png.toByteArray()));
        assertTrue(!ReportReaders.needsOcr("a.txt", "全年共受理行政复议案件21件".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void recognisedTextLosesTheSpacesTesseractPutsBetweenChineseCharacters() {
        assertEquals("全年共受理案件123件，办结A B类", OcrText.clean("全 年 共 受 理 案 件 123 件 ， 办 结 A B 类"));
        assertEquals("一、主要成效\n\n全年共受理案件123件。", OcrText.clean("一、主要成效\n\n\n全年共受理案件123件。\n"));
    }

    @Test
    void aSentenceRunningOverAPageEndStaysWholeAndCountsOnThePageWhereItStarts() {
        String full = "全年共受理行政调解、人民调解等涉法案件7352件，成功化解";
        String joined = WrappedLines.join(List.of("一、主要成效\n" + full + "\n", "7266件。\n二、存在问题\n"));
        assertEquals("一、主要成效\n" + full + "7266件。\n\f二、存在问题", joined);
        assertEquals(1, Pages.pageAt(joined, ReportFormat.PDF, joined.indexOf("7266")));
        assertEquals(2, Pages.pageAt(joined, ReportFormat.PDF, joined.indexOf("二、")));
    }
}
