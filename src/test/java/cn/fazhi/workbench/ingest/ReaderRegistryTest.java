package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReportFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One registry of readers: every format has its reader, every extension one owner, and content decides. */
class ReaderRegistryTest {
    @Test
    void everyFormatButTheScanHasOneReaderAndEveryExtensionOneOwner() {
        Set<ReportFormat> formats = new HashSet<>();
        Set<String> extensions = new HashSet<>();
        for (ReportReader r : ReportReaders.registry()) {
            assertTrue(formats.add(r.format()), "two readers for " + r.format());
            assertFalse(r.extensions().isEmpty(), r.format() + " names no extension");
            for (String e : r.extensions()) {
                assertTrue(extensions.add(e), "two readers take ." + e);
                assertEquals(r.format(), ReportReaders.formatOfName("报告." + e.toUpperCase()).orElseThrow());
            }
        }
        for (ReportFormat f : ReportFormat.values()) {
            assertEquals(f == ReportFormat.SCAN ? ReportFormat.PDF : f, ReportReaders.readerFor(f).format(), f.id());
        }
    }

    @Test
    void theReaderThatRecognisesTheBytesWinsOverTheName() throws Exception {
        byte[] pdf;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            pdf = out.toByteArray();
        }
        List<ReportReader> recognising = ReportReaders.registry().stream().filter(r -> r.recognises(pdf)).toList();
        assertEquals(List.of(ReportFormat.PDF), recognising.stream().map(ReportReader::format).toList());
        assertEquals(ReportFormat.PDF, ReportReaders.formatOf("mislabelled.docx", pdf));
        byte[] text = "全年共受理行政复议案件21件".getBytes(StandardCharsets.UTF_8);
        assertTrue(ReportReaders.registry().stream().noneMatch(r -> r.recognises(text)), "plain text has no signature");
        assertEquals(ReportFormat.TXT, ReportReaders.formatOf("a.txt", text));
    }
}
