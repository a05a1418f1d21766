package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word and PDF readers on real files: the .doc and .pdf fixtures were made once with LibreOffice from
 * the same short report (see src/test/resources/fixtures/README.md); .docx files are built here.
 */
class OfficeAndPdfReaderTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = OfficeAndPdfReaderTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    static byte[] docxWithTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("通山县2022年度法治政府建设情况报告");
            doc.createParagraph().createRun().setText("全县共调处矛盾纠纷274件，调处成功率达到100%。");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("收到行政复议申请");
            table.getRow(0).getCell(1).setText("21");
            table.getRow(1).getCell(0).setText("法律援助案件");
            table.getRow(1).getCell(1).setText("416件");
            doc.createParagraph().createRun().setText("二、存在的问题");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void docxKeepsParagraphsAndTablesInOrderWithCellsApart() throws Exception {
        ReportText t = new DocxReader().read(docxWithTable());
        assertEquals(ReportFormat.DOCX, t.format());
        String text = t.text();
        assertTrue(text.contains("收到行政复议申请\t21\n"), text);
        assertTrue(text.contains("法律援助案件\t416件\n"), text);
        assertTrue(text.indexOf("调处成功率") < text.indexOf("收到行政复议申请"));
        assertTrue(text.indexOf("法律援助案件") < text.indexOf("二、存在的问题"));
    }

    @Test
    void docFixtureReadsParagraphsAndTableRows() throws Exception {
        ReportText t = new DocReader().read(fixture("sample-report.doc"));
        assertEquals(ReportFormat.DOC, t.format());
        assertTrue(t.text().contains("全县各级人民调解组织共调处矛盾纠纷1,326件"), t.text());
        assertTrue(t.text().contains("评查行政执法案卷\t150卷"), t.text());
    }

    @Test
    void pdfFixtureReadsTheTextLayerWithWrappedLinesJoined() throws Exception {
        ReportText t = new PdfReader().read(fixture("sample-report.pdf"));
        assertEquals(ReportFormat.PDF, t.format());
        // PDF text layers space out digits from Chinese characters; the normaliser removes those spaces.
        String flat = TextNormalizer.normalize(t.text()).text();
        assertTrue(flat.contains("共调处矛盾纠纷1326件"), flat);
        assertTrue(flat.contains("以县政府为被告的行政诉讼案件34件"), flat);
        assertTrue(flat.contains("调解成功率98.0%"), flat);
    }

    @Test
    void wrappedPdfLinesAreJoinedButHeadingsStayOnTheirOwnLine() {
        String raw = "全县各级人民调解组织共调处矛盾纠纷1326件，调解成功1300件，调解成\n"
                + "功率98.0%。全年共收到行政复议申请21件，受理19件，审结17件，以县\n"
                + "政府为被告的行政诉讼案件34件。\n二、存在的问题\n";
        String joined = WrappedLines.join(raw);
        assertTrue(joined.contains("调解成功率98.0%"), joined);
        assertTrue(joined.contains("以县政府为被告"), joined);
        assertTrue(joined.contains("\n二、存在的问题"), joined);
    }

    @Test
    void docxRenamedAsDocAndDocRenamedAsDocxAreReadForWhatTheyAre() throws Exception {
        assertEquals(ReportFormat.DOCX, new DocReader().read(docxWithTable()).format());
        assertEquals(ReportFormat.DOC, new DocxReader().read(fixture("sample-report.doc")).format());
    }

    @Test
    void truncatedFilesGiveACorruptErrorNamingTheFormat() throws Exception {
        byte[] docx = docxWithTable();
        ReadException e1 = assertThrows(ReadException.class,
                () -> new DocxReader().read(Arrays.copyOf(docx, docx.length / 2)));
        assertEquals(ReadError.Kind.CORRUPT, e1.kind());
        assertTrue(e1.getMessage().contains(".docx"), e1.getMessage());

        byte[] pdf = fixture("sample-report.pdf");
        ReadException e2 = assertThrows(ReadException.class, () -> new PdfReader().read(Arrays.copyOf(pdf, 600)));
        assertTrue(e2.kind() == ReadError.Kind.CORRUPT || e2.kind() == ReadError.Kind.NO_TEXT, e2.kind().id());

        byte[] doc = fixture("sample-report.doc");
        ReadException e3 = assertThrows(ReadException.class, () -> new DocReader().read(Arrays.copyOf(doc, 1500)));
        assertEquals(ReadError.Kind.CORRUPT, e3.kind());
    }

    @Test
    void passwordProtectedDocxIsRecognised() throws Exception {
        byte[] plain = docxWithTable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        ReadException e = assertThrows(ReadException.class, () -> new DocxReader().read(out.toByteArray()));
        assertEquals(ReadError.Kind.ENCRYPTED, e.kind());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void passwordProtectedPdfIsRecognised() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        ReadException e = assertThrows(ReadException.class, () -> new PdfReader().read(out.toByteArray()));
        assertEquals(ReadError.Kind.ENCRYPTED, e.kind());
    }

    @Test
    void pdfWithoutTextLayerSaysSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        ReadException e = assertThrows(ReadException.class, () -> new PdfReader().read(out.toByteArray()));
        assertEquals(ReadError.Kind.NO_TEXT, e.kind());
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }
}
