package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    static final String REPORT = "乌鲁木齐县人民政府2022年度法治政府建设情况报告\n全县共调处各类矛盾纠纷274件，调处成功率达到100%。"
            + "全年共收到行政复议案件8件，受理行政复议申请6件，审结6件。以区政府为被告行政应诉案件79件。";

    @Test
    void readsUtf8WithoutBom() throws Exception {
        DecodedText d = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_8));
        assertEquals(REPORT, d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void readsUtf8WithBomAndDropsTheBom() throws Exception {
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(REPORT, TextDecoder.decode(bytes).text());
    }

    @Test
    void readsUtf16WithAndWithoutBom() throws Exception {
        assertEquals(REPORT, TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_16)).text());
        DecodedText le = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(REPORT, le.text());
        assertEquals("UTF-16LE", le.charset());
        assertEquals(REPORT, TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void detectsGbkAndGb2312AsGb18030() throws Exception {
        DecodedText gbk = TextDecoder.decode(REPORT.getBytes(Charset.forName("GBK")));
        assertEquals(REPORT, gbk.text());
        assertEquals("GB18030", gbk.charset());
        assertEquals(REPORT, TextDecoder.decode(REPORT.getBytes(Charset.forName("GB2312"))).text());
    }

    @Test
    void detectsBig5ForTraditionalText() throws Exception {
        String traditional = "全縣共調處各類矛盾糾紛274件，調處成功率達到100%。全年共收到行政復議案件8件，受理行政復議申請6件，審結6件。"
                + "以區政府為被告行政應訴案件79件，行政機關負責人出庭應訴率100%。";
        DecodedText d = TextDecoder.decode(traditional.getBytes(Charset.forName("Big5")));
        assertEquals(traditional, d.text());
        assertEquals("Big5", d.charset());
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        ReadException empty = assertThrows(ReadException.class, () -> TextDecoder.decode(new byte[0]));
        assertEquals(ReadError.Kind.EMPTY, empty.kind());
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        ReadException bin = assertThrows(ReadException.class, () -> TextDecoder.decode(binary));
        assertEquals(ReadError.Kind.BINARY, bin.kind());
        assertTrue(bin.getMessage().contains("text"));
    }

    @Test
    void truncatedGbkKeepsWhatDecodes() throws Exception {
        byte[] gbk = REPORT.getBytes(Charset.forName("GBK"));
        byte[] cut = java.util.Arrays.copyOf(gbk, gbk.length - 1); // half a character at the end
        String text = TextDecoder.decode(cut).text();
        assertTrue(text.startsWith("乌鲁木齐县人民政府"), text);
    }

    /** 一 is U+4E00: its UTF-16 has a NUL byte in the lane opposite to the NULs of ASCII digits and line breaks. */
    @Test
    void readsUtf16WithoutBomWhenBothByteLanesHoldNuls() throws Exception {
        String text = "一、主要成效\n" + REPORT + "\n二、存在问题\n三、下一步工作计划一是加强……\n";
        for (Charset cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            DecodedText d = TextDecoder.decode(text.getBytes(cs));
            assertEquals(text, d.text(), cs.name());
            assertEquals(cs.name(), d.charset());
        }
    }

    @Test
    void randomBytesWithNulsAreStillBinary() {
        byte[] noise = new byte[6000];
        new java.util.Random(11).nextBytes(noise);
        ReadException e = assertThrows(ReadException.class, () -> TextDecoder.decode(noise));
        assertEquals(ReadError.Kind.BINARY, e.kind());
    }
}
