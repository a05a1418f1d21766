package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportReadersTest {
    @TempDir
    Path dir;

    private ReadError.Kind kindOf(Path file) {
        return assertThrows(ReadException.class, () -> ReportReaders.read(file)).kind();
    }

    @Test
    void badInputGetsAReasonForEachKindOfProblem() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals(ReadError.Kind.EMPTY, kindOf(empty));
        assertEquals(ReadError.Kind.NOT_FOUND, kindOf(dir.resolve("missing.txt")));
        Path unknown = Files.writeString(dir.resolve("report.xyz"), "plain words");
        assertEquals(ReadError.Kind.UNSUPPORTED, kindOf(unknown));
        Path fakeDocx = Files.writeString(dir.resolve("report.docx"), "not a word file");
        assertEquals(ReadError.Kind.CORRUPT, kindOf(fakeDocx));
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ReportReaders.MAX_BYTES + 1); // sparse: no real disk use
        }
        assertEquals(ReadError.Kind.TOO_LARGE, kindOf(huge));
    }

    @Test
    void whiteSpaceOnlyIsEmptyAndAPipeIsRefusedWithoutWaiting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ReadException blank = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class,
                () -> ReportReaders.read("blank.txt", " \n\t\u3000\u00a0\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.junit.jupiter.api.Assertions.assertEquals(cn.fazhi.workbench.model.ReadError.Kind.EMPTY, blank.kind());
        java.nio.file.Path fifo = dir.resolve("pipe.txt");
        org.junit.jupiter.api.Assertions.assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        ReadException pipe = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> org.junit.jupiter.api.Assertions.assertThrows(ReadException.class, () -> ReportReaders.readBytes(fifo)));
        org.junit.jupiter.api.Assertions.assertEquals(cn.fazhi.workbench.model.ReadError.Kind.UNSUPPORTED, pipe.kind());
    }

    @Test
    void aPdfSavedAsTxtIsReadAsPdf() throws Exception {
        byte[] pdf = OfficeAndPdfReaderTest.fixture("sample-report.pdf");
        Path file = Files.write(dir.resolve("report.txt"), pdf);
        assertEquals(ReportFormat.PDF, ReportReaders.read(file).format());
    }

    @Test
    void textFilesInGbkAndUtf8AreBothRead() throws Exception {
        String s = "通山县2022年度法治政府建设情况报告，全县共调处矛盾纠纷274件。";
        Path gbk = Files.write(dir.resolve("gbk.txt"), s.getBytes(Charset.forName("GBK")));
        Path utf8 = Files.write(dir.resolve("utf8.txt"), s.getBytes(StandardCharsets.UTF_8));
        assertEquals(s, ReportReaders.read(gbk).text());
        assertEquals(s, ReportReaders.read(utf8).text());
        assertEquals("GB18030", ReportReaders.read(gbk).charset());
    }

    @Test
    void windowsLineEndsBecomeNewlines() throws Exception {
        Path f = Files.writeString(dir.resolve("crlf.txt"), "第一行\r\n第二行\r\n", StandardCharsets.UTF_8);
        assertEquals("第一行\n第二行\n", ReportReaders.read(f).text());
    }
}
