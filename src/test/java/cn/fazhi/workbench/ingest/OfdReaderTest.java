package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.core.annotation.pageannot.AnnotType;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.edit.Annotation;
import org.ofdrw.layout.element.Paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OFD files made here with ofdrw's own writer (ofdrw-layout). */
class OfdReaderTest {
    @TempDir
    Path dir;

    /** The short report, then {@code filler} numbered paragraphs long enough to wrap and fill pages. */
    static byte[] ofd(Path dir, int filler, boolean seal) throws IOException {
        Path file = dir.resolve("report-" + filler + (seal ? "-seal" : "") + ".ofd");
        try (OFDDoc doc = new OFDDoc(file)) {
            for (String p : NewFormats.PARAGRAPHS) {
                doc.add(new Paragraph(p, 5d));
            }
            for (int i = 1; i <= filler; i++) {
                doc.add(new Paragraph("（" + i + "）第" + i + "项工作：各乡镇各部门认真落实法治政府建设责任，"
                        + "年内组织学法活动" + (100 + i) + "次，相关做法在全县推广，这一段文字足够长，会在页面上折成几行。", 5d));
            }
        }
        if (seal) {
            // annotations are added in edit mode: reopen the document and put a red seal, a stamp
            // annotation with the issuer's name as text, over the first page
            Path sealed = dir.resolve("sealed-" + filler + ".ofd");
            try (org.ofdrw.reader.OFDReader reader = new org.ofdrw.reader.OFDReader(file);
                 OFDDoc doc = new OFDDoc(reader, sealed)) {
                doc.addAnnotation(1, new Annotation(120d, 230d, 42d, 42d, AnnotType.Stamp, ctx -> {
                    ctx.setStrokeColor(220, 0, 0);
                    ctx.arc(21, 21, 19, 0, 360);
                    ctx.stroke();
                    ctx.setFillColor(220, 0, 0);
                    ctx.fillText("通山县人民政府", 4, 22);
                }));
            }
            return Files.readAllBytes(sealed);
        }
        return Files.readAllBytes(file);
    }

    @Test
    void aMultiPageOfdIsReadInOrderWithWrappedLinesJoinedAndTheFigureExtracted() throws Exception {
        byte[] bytes = ofd(dir, 40, false);
        ReportText text = ReportReaders.read("report.ofd", bytes);
        assertEquals(ReportFormat.OFD, text.format());
        NewFormats.assertReadsTheReport(text);
        // every filler paragraph, in order, each whole on one line although the page wrapped it
        String t = text.text();
        int last = -1;
        for (int i = 1; i <= 40; i++) {
            String p = "（" + i + "）第" + i + "项工作：各乡镇各部门认真落实法治政府建设责任，年内组织学法活动" + (100 + i)
                    + "次，相关做法在全县推广，这一段文字足够长，会在页面上折成几行。";
            int at = t.indexOf(p);
            assertTrue(at > last, "paragraph " + i + " missing or out of order:\n" + t);
            last = at;
        }
        assertTrue(t.indexOf("一、主要工作成效") < t.indexOf("二、存在的问题"));
        assertTrue(t.lines().anyMatch(l -> l.equals("一、主要工作成效")), "headings stay on their own line");
    }

    @Test
    void pagesComeInOrder() throws Exception {
        byte[] bytes = ofd(dir, 40, false);
        try (org.ofdrw.reader.OFDReader r = new org.ofdrw.reader.OFDReader(new java.io.ByteArrayInputStream(bytes))) {
            assertTrue(r.getNumberOfPages() >= 3, "the test file should have several pages: " + r.getNumberOfPages());
        }
    }

    @Test
    void aSealedOfdReadsTheBodyAndLeavesTheSealOut() throws Exception {
        byte[] bytes = ofd(dir, 0, true);
        ReportText text = ReportReaders.read("sealed.ofd", bytes);
        NewFormats.assertReadsTheReport(text);
        assertFalse(text.text().contains("通山县人民政府"), "the seal's text is not report text:\n" + text.text());
    }

    @Test
    void recognisedByContentWhateverTheName() throws Exception {
        byte[] bytes = ofd(dir, 0, false);
        assertEquals(ReportFormat.OFD, ReportReaders.read("report.docx", bytes).format());
        assertEquals(ReportFormat.OFD, ReportReaders.read("report.txt", bytes).format());
        assertEquals(ReportFormat.OFD, ReportReaders.read("report", bytes).format());
        // and a .docx named .ofd is read as the Word document it is
        assertEquals(ReportFormat.DOCX, ReportReaders.read("report.ofd", OfficeAndPdfReaderTest.docxWithTable()).format());
    }

    @Test
    void damagedForeignAndHostileFilesGiveClearErrors() throws Exception {
        byte[] bytes = ofd(dir, 10, false);
        ReadException truncated = assertThrows(ReadException.class,
                () -> ReportReaders.read("report.ofd", Arrays.copyOf(bytes, bytes.length / 2)));
        assertEquals(ReadError.Kind.CORRUPT, truncated.kind());
        assertTrue(truncated.getMessage().contains("OFD"), truncated.getMessage());

        ReadException text = assertThrows(ReadException.class,
                () -> ReportReaders.read("report.ofd", "这不是OFD文件".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ReadError.Kind.CORRUPT, text.kind());
        assertTrue(text.getMessage().contains("OFD"), text.getMessage());

        ReadException otherZip = assertThrows(ReadException.class,
                () -> ReportReaders.read("report.ofd", zip(List.of("readme.txt"), List.of("hello"))));
        assertEquals(ReadError.Kind.CORRUPT, otherZip.kind());
        assertTrue(otherZip.getMessage().contains("OFD.xml"), otherZip.getMessage());

        ReadException slip = assertThrows(ReadException.class, () -> ReportReaders.read("report.ofd",
                zip(List.of("OFD.xml", "../../evil.xml"), List.of("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>", "<x/>"))));
        assertEquals(ReadError.Kind.UNSAFE, slip.kind());

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
                + "<ofd:DocInfo><ofd:DocID>&x;</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                + "</ofd:DocBody></ofd:OFD>";
        ReadException entity = assertThrows(ReadException.class,
                () -> ReportReaders.read("report.ofd", zip(List.of("OFD.xml"), List.of(xxe))));
        assertTrue(entity.kind() == ReadError.Kind.UNSAFE || entity.kind() == ReadError.Kind.CORRUPT, entity.kind().id());
        assertFalse(entity.getMessage().contains("root:"), entity.getMessage());

        ReadException encrypted = assertThrows(ReadException.class, () -> ReportReaders.read("report.ofd",
                zip(List.of("OFD.xml", "Encryptions.xml"), List.of("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>", "<e/>"))));
        assertEquals(ReadError.Kind.ENCRYPTED, encrypted.kind());
    }

    @Test
    void anOfdWithoutTextSaysSo() throws Exception {
        Path file = dir.resolve("blank.ofd");
        try (OFDDoc doc = new OFDDoc(file)) {
            doc.add(new Paragraph(" ", 5d));
        }
        ReadException e = assertThrows(ReadException.class, () -> new OfdReader().read(Files.readAllBytes(file)));
        assertTrue(e.kind() == ReadError.Kind.NO_TEXT, e.kind() + ": " + e.getMessage());
    }

    /**
     * A page written the way converters often write it: text objects in no particular order, one
     * character per object in the title, a table row as separate cells, a line placed by a CTM.
     */
    static byte[] scrambledOfd() throws IOException {
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        String ofd = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + ns + " Version=\"1.2\" DocType=\"OFD\">"
                + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                + "</ofd:DocBody></ofd:OFD>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + ns + "><ofd:CommonData><ofd:PageArea>"
                + "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
                + "<ofd:MaxUnitID>200</ofd:MaxUnitID></ofd:CommonData><ofd:Pages>"
                + "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>";
        String res = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res " + ns + " BaseLoc=\"Res\"><ofd:Fonts>"
                + "<ofd:Font FontName=\"宋体\" FamilyName=\"宋体\" ID=\"3\"/></ofd:Fonts></ofd:Res>";
        StringBuilder objects = new StringBuilder();
        int[] id = {10};
        java.util.function.BiConsumer<String, double[]> text = (t, xy) -> objects.append("<ofd:TextObject ID=\"")
                .append(id[0]++).append("\" Boundary=\"").append(xy[0]).append(' ').append(xy[1])
                .append(" 150 8\" Font=\"3\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">").append(t)
                .append("</ofd:TextCode></ofd:TextObject>");
        // table row (cells far apart), written first although it is last on the page
        text.accept("法律援助案件", new double[]{30, 80});
        text.accept("416件", new double[]{120, 80});
        // the sentence, in two objects written right part first
        text.accept("矛盾纠纷274件。", new double[]{70, 60});
        text.accept("全县共调处", new double[]{45, 60});
        text.accept("2022年，通山县依法行政。", new double[]{20, 60});
        // a line placed by a translation matrix
        objects.append("<ofd:TextObject ID=\"90\" Boundary=\"0 0 150 8\" Font=\"3\" Size=\"5\" CTM=\"1 0 0 1 20 40\">")
                .append("<ofd:TextCode X=\"0\" Y=\"5\">一、主要工作成效</ofd:TextCode></ofd:TextObject>");
        // the title one character per object, in reverse
        String title = NewFormats.TITLE;
        for (int i = title.length() - 1; i >= 0; i--) {
            text.accept(String.valueOf(title.charAt(i)), new double[]{20 + 5 * i, 20});
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns + "><ofd:Content>"
                + "<ofd:Layer Type=\"Body\" ID=\"2\">" + objects + "</ofd:Layer></ofd:Content></ofd:Page>";
        return zip(List.of("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/Pages/Page_0/Content.xml"),
                List.of(ofd, document, res, content));
    }

    @Test
    void textObjectsAreReadInPageOrderNotFileOrder() throws Exception {
        ReportText t = ReportReaders.read("scrambled.ofd", scrambledOfd());
        assertEquals(NewFormats.TITLE + "\n一、主要工作成效\n2022年，通山县依法行政。全县共调处矛盾纠纷274件。\n法律援助案件\t416件",
                t.text().strip());
    }

    static byte[] zip(List<String> names, List<String> contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                z.putNextEntry(new ZipEntry(names.get(i)));
                z.write(contents.get(i).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
