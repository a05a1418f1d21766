package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A folder of hostile files imported as one batch: every file gets its own reason, the good files are
 * stored, the batch finishes in good time, and the workspace passes its full check afterwards. The small
 * files live in src/test/resources/hostile; the large and special ones are made here.
 */
class HostileCorpusTest {
    /** Measured on the two-core build machine: 0.4 s for the whole batch in a warm JVM, 2-7 s when it runs first (loading POI); the bound leaves wide slack. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** file name -> expected status and reason code (null for a plain import). */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("good-utf8.txt", "imported");
        EXPECTED.put("zz-good-utf8-again.txt", "duplicate/duplicate");
        EXPECTED.put("good-gbk.txt", "imported");
        EXPECTED.put("good.docx", "imported");
        EXPECTED.put("utf16le-no-bom.txt", "imported");
        EXPECTED.put("utf16be-no-bom.txt", "imported");
        EXPECTED.put("empty.txt", "failed/empty");
        EXPECTED.put("whitespace-only.txt", "failed/empty");
        EXPECTED.put("tags-only.html", "failed/no_text");
        EXPECTED.put("binary-named.txt", "failed/binary");
        // PNG bytes are an image by content (read by OCR since issue 14); these cannot be decoded
        EXPECTED.put("png-named.txt", "failed/corrupt");
        EXPECTED.put("text-named.pdf", "failed/corrupt");
        EXPECTED.put("text-named.docx", "failed/corrupt");
        EXPECTED.put("truncated.docx", "failed/corrupt");
        EXPECTED.put("xxe.docx", "failed/unsafe");
        EXPECTED.put("billion-laughs.docx", "failed/unsafe");
        EXPECTED.put("zip-bomb.docx", "failed/unsafe");
        EXPECTED.put("zip-bomb-large-part.docx", "failed/unsafe");
        EXPECTED.put("too-large.txt", "failed/too_large");
        EXPECTED.put("pipe.txt", "skipped/skipped_special_file");
        EXPECTED.put("broken-link.txt", "skipped/skipped_broken_link");
        EXPECTED.put("link-to-folder", "skipped/skipped_folder_link");
    }

    private Path corpus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("good-utf8.txt", "good-gbk.txt", "good.docx", "utf16le-no-bom.txt", "utf16be-no-bom.txt",
                "empty.txt", "whitespace-only.txt", "tags-only.html", "binary-named.txt", "png-named.txt", "text-named.pdf",
                "text-named.docx", "truncated.docx", "xxe.docx", "billion-laughs.docx", "unknown.xyz")) {
            try (InputStream r = HostileCorpusTest.class.getResourceAsStream("/hostile/" + name)) {
                assertNotNull(r, name);
                Files.write(in.resolve(name), r.readAllBytes());
            }
        }
        Files.copy(in.resolve("good-utf8.txt"), in.resolve("zz-good-utf8-again.txt"));
        Files.write(in.resolve("zip-bomb.docx"), zipBomb(20));
        // past POI's 100 MB for one part, which it reports as a record too long, not as a bomb
        Files.write(in.resolve("zip-bomb-large-part.docx"), largePartBomb());
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("too-large.txt").toFile(), "rw")) {
            f.setLength(101L * 1024 * 1024); // sparse: no disk space used, refused before it is read
        }
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        Files.createSymbolicLink(in.resolve("broken-link.txt"), in.resolve("gone.txt"));
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(other.resolve("x.txt"), "not reached");
        Files.createSymbolicLink(in.resolve("link-to-folder"), other);
        return in;
    }

    /**
     * A .docx whose document part inflates from about {@code mb} KB to {@code mb} MB. Its sizes are written in the
     * entry's header, as most zip tools write them (Java's stream leaves them to a trailer): POI then refuses a
     * part over 100 MB before reading it, as a record too long rather than as a bomb.
     */
    private static byte[] zipBomb(int mb) throws Exception {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8);
        byte[] part = new byte[head.length + (mb << 20) + tail.length];
        java.util.Arrays.fill(part, (byte) ' ');
        System.arraycopy(head, 0, part, 0, head.length);
        System.arraycopy(tail, 0, part, part.length - tail.length, tail.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            ZipEntry document = new ZipEntry("word/document.xml");
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(part);
            document.setCrc(crc.getValue());
            document.setSize(part.length);
            document.setCompressedSize(deflatedSize(part));
            z.putNextEntry(document);
            z.write(part);
        }
        return bytes.toByteArray();
    }

    private static byte[] largePartBomb;

    /** Made once for the class's tests: deflating 101 MB twice takes a second or two. */
    private static synchronized byte[] largePartBomb() throws Exception {
        if (largePartBomb == null) {
            largePartBomb = zipBomb(101);
        }
        return largePartBomb;
    }

    /** The size of {@code data} deflated as ZipOutputStream deflates an entry. */
    private static long deflatedSize(byte[] data) {
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        byte[] buffer = new byte[1 << 16];
        long n = 0;
        while (!d.finished()) {
            n += d.deflate(buffer);
        }
        d.end();
        return n;
    }

    @Test
    void everyHostileFileGetsItsReasonAndTheGoodOnesAreStored() throws Exception {
        Path in = corpus();
        Path ws = dir.resolve("ws.db");
        try (WorkspaceSession s = WorkspaceSession.open(ws, false)) {
            long start = System.nanoTime();
            List<ImportReports.FileOutcome> out = assertTimeoutPreemptively(BOUND, () -> new ImportReports(s).run(
                    ImportReports.sources(List.of(in.toString())), ImportReports.NewVersionPolicy.KEEP_BOTH,
                    ProgressListener.NONE, CancellationToken.none()));
            System.out.printf("hostile corpus: %d files in %d ms%n", out.size(), (System.nanoTime() - start) / 1_000_000);

            Map<String, String> actual = new LinkedHashMap<>();
            for (ImportReports.FileOutcome o : out) {
                String name = Path.of(o.file()).getFileName().toString();
                actual.put(name, o.status().id() + (o.reasonCode() == null ? "" : "/" + o.reasonCode()));
                if (o.status() == ImportReports.Status.FAILED || o.status() == ImportReports.Status.SKIPPED) {
                    assertTrue(o.reason() != null && o.detail() != null && !o.detail().isBlank(), "a reason for " + name);
                }
            }
            assertEquals(new java.util.TreeMap<>(EXPECTED), new java.util.TreeMap<>(actual));

            assertEquals(5, s.queries().reports(null, null, true).size(), "the good files are stored");
            List<String> charsets = s.queries().reports(null, null, true).stream().map(r -> r.charset()).toList();
            assertTrue(charsets.contains("UTF-16LE") && charsets.contains("UTF-16BE"), charsets.toString());
            assertTrue(s.check().isEmpty());
        }
        var health = WorkspaceSession.check(ws);
        assertTrue(health.ok(), health.toString());
        assertEquals(5, health.reportsChecked());
    }

    @Test
    void everyReasonTheBatchGivesHasWordsInBothLanguages() throws Exception {
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages_en.properties");
        List<String> missing = new ArrayList<>();
        for (String e : EXPECTED.values()) {
            if (e.contains("/")) {
                String key = "import.reason." + e.substring(e.indexOf('/') + 1);
                if (!zh.containsKey(key) || !en.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theExtractCommandsListingAlsoNamesSkippedEntries() throws Exception {
        Path in = corpus();
        List<ExtractReports.Input> inputs = ExtractReports.expand(List.of(in.toString()));
        Map<String, SkipReason> skipped = inputs.stream().filter(i -> i.skipped() != null)
                .collect(Collectors.toMap(i -> i.path().getFileName().toString(), ExtractReports.Input::skipped));
        assertEquals(Map.of("pipe.txt", SkipReason.SPECIAL_FILE, "broken-link.txt", SkipReason.BROKEN_LINK,
                "link-to-folder", SkipReason.FOLDER_LINK), skipped);
        assertTrue(Stream.of("unknown.xyz").noneMatch(n -> inputs.stream().anyMatch(i -> i.path().endsWith(n))),
                "plain files of other types are left out as before");
    }
}
