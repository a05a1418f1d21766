package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string without assuming the charset: BOMs first, then
 * UTF-16 without BOM (NUL bytes in every other position), then strict UTF-8, then ICU's detector
 * choosing between the Chinese legacy charsets (GBK/GB2312 are read as their superset GB18030).
 */
public final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(ReadError.Kind.EMPTY, "the file is empty (0 bytes)");
        }
        DecodedText decoded = decodeWithoutChecks(bytes);
        rejectBinary(decoded.text());
        return decoded;
    }

    static DecodedText decodeWithoutChecks(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new DecodedText(new String(evenPrefix(bytes), utf16), utf16.name());
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8");
        }
        Charset legacy = detectLegacyChinese(bytes);
        String text = strictDecode(bytes, legacy);
        if (text == null) {
            // Truncated or slightly damaged legacy text: keep what decodes, mark the rest.
            text = new String(bytes, legacy);
        }
        return new DecodedText(text, legacy.name());
    }

    private static Charset detectLegacyChinese(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        // Only the choice between the two legacy Chinese encodings is left here (BOMs, UTF-16 and UTF-8 are
        // decided above): ICU's other recognisers (the single-byte ones, Japanese, Korean) were a tenth of an
        // import's time on GBK files and never changed the answer, which was the first of these two.
        for (String name : CharsetDetector.getAllDetectableCharsets()) {
            detector.setDetectableCharset(name, name.equals("Big5") || name.equals("GB18030"));
        }
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (name.equalsIgnoreCase("Big5")) {
                return BIG5;
            }
            if (name.equalsIgnoreCase("GB18030")) {
                return GB18030;
            }
        }
        return GB18030;
    }

    /** UTF-16 text of mostly ASCII or CJK has NUL bytes or a constant high byte in one of the two lanes. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        // ASCII characters in UTF-16 put their NUL byte always in the same lane; Chinese characters have none.
        if (oddZeros > 0 && evenZeros == 0 && decodesCleanly(bytes, StandardCharsets.UTF_16LE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > 0 && oddZeros == 0 && decodesCleanly(bytes, StandardCharsets.UTF_16BE)) {
            return StandardCharsets.UTF_16BE;
        }
        if (evenZeros == 0 && oddZeros == 0) {
            return cjkUtf16(bytes, sample);
        }
        // NULs in both lanes: Chinese text in UTF-16 has them too (一 is U+4E00, 人 U+4EBA has none, but many
        // characters end in 00), beside those of ASCII digits and line breaks. Decode both ways and keep the
        // one that reads as text; binary data reads as neither.
        return mostPlausibleUtf16(bytes);
    }

    private static Charset mostPlausibleUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 16384) & ~1;
        byte[] head = java.util.Arrays.copyOf(bytes, n);
        Charset best = null;
        double bestScore = 0;
        for (Charset cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String text = strictDecode(head, cs);
            if (text == null || text.indexOf('\u0000') >= 0) {
                continue;
            }
            double score = plausibility(text);
            if (score > bestScore) {
                bestScore = score;
                best = cs;
            }
        }
        return bestScore >= 0.95 && strictDecode(evenPrefix(bytes), best) != null ? best : null;
    }

    private static byte[] evenPrefix(byte[] bytes) {
        return bytes.length % 2 == 0 ? bytes : java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }

    /** The share of characters a Chinese report is made of: CJK, ASCII, Chinese and general punctuation, line breaks. */
    static double plausibility(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF)
                    || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2150 && c <= 0x218F) || (c >= 0x2460 && c <= 0x24FF)
                    || (c >= 0x25A0 && c <= 0x25FF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0x4E00 && c <= 0x9FFF)
                    || (c >= 0xFF00 && c <= 0xFFEF)) {
                good++;
            }
        }
        return good / (double) text.length();
    }

    /** Pure-CJK UTF-16 has no NULs; it shows as high bytes 0x4E-0x9F in one lane and strict decoding succeeds. */
    private static Charset cjkUtf16(byte[] bytes, int sample) {
        int evenCjk = 0;
        int oddCjk = 0;
        for (int i = 0; i < sample; i += 2) {
            if ((bytes[i] & 0xFF) >= 0x4E && (bytes[i] & 0xFF) <= 0x9F) {
                evenCjk++;
            }
            if ((bytes[i + 1] & 0xFF) >= 0x4E && (bytes[i + 1] & 0xFF) <= 0x9F) {
                oddCjk++;
            }
        }
        int pairs = sample / 2;
        if (oddCjk > pairs * 0.8 && strictDecode(bytes, StandardCharsets.UTF_16LE) != null
                && strictDecode(bytes, StandardCharsets.UTF_8) == null) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenCjk > pairs * 0.8 && strictDecode(bytes, StandardCharsets.UTF_16BE) != null
                && strictDecode(bytes, StandardCharsets.UTF_8) == null) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean decodesCleanly(byte[] bytes, Charset utf16) {
        String s = strictDecode(bytes, utf16);
        return s != null && s.indexOf('\u0000') < 0;
    }

    static String strictDecode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Like {@link #strictDecode}, but a file cut off in the middle of its last character (a truncated
     * download or saved page) still decodes: up to three trailing bytes of an incomplete sequence are left out.
     */
    static String strictDecodeCutEnd(byte[] bytes, Charset charset) {
        String s = strictDecode(bytes, charset);
        for (int cut = 1; s == null && cut <= 3 && cut < bytes.length; cut++) {
            s = strictDecode(java.util.Arrays.copyOf(bytes, bytes.length - cut), charset);
        }
        return s;
    }

    /** Rejects text that is really binary data: NULs or many control characters. */
    static void rejectBinary(String text) throws ReadException {
        int sample = Math.min(text.length(), 20000);
        int control = 0;
        int replacement = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ReadException(ReadError.Kind.BINARY,
                        "the file contains binary data, not text (NUL bytes); is it a document saved with the wrong extension?");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
            if (c == '\uFFFD') {
                replacement++;
            }
        }
        if (sample > 0 && (control > sample * 0.01 || replacement > sample * 0.05)) {
            throw new ReadException(ReadError.Kind.BINARY,
                    "the file does not look like text in any supported encoding (UTF-8, UTF-16, GB18030/GBK, Big5)");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
