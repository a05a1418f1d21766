package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web pages saved as a single file (.mht/.mhtml, a browser's or Word's "save as single file"): a MIME
 * message, usually multipart/related, whose first text/html part is the page. mime4j parses the message
 * and undoes quoted-printable or base64; the part's declared charset is honoured when it decodes the
 * bytes cleanly, otherwise the HTML reader decides as for any page (meta tag, then detection). The
 * page then goes through the HTML reader; images and style sheets in the other parts are ignored.
 */
public final class MhtReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.MHT;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("mht", "mhtml");
    }

    @Override
    public boolean recognises(byte[] bytes) {
        return FormatSniffer.isMime(bytes);
    }

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        if (!FormatSniffer.isMime(bytes)) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the file is not a saved web archive (.mht/.mhtml): it does not begin with MIME headers; "
                            + "it may be damaged or mislabelled");
        }
        HtmlPart part = htmlPart(bytes);
        if (part == null) {
            throw new ReadException(ReadError.Kind.NO_TEXT,
                    "the saved web archive (.mht/.mhtml) contains no web page (no text/html part)");
        }
        DecodedText decoded = null;
        if (part.charset != null) {
            Charset cs = HtmlReader.declaredCharset(part.charset);
            String strict = cs == null ? null : TextDecoder.strictDecodeCutEnd(part.bytes, cs);
            if (strict != null) {
                decoded = new DecodedText(strict, cs.name());
            }
        }
        if (decoded == null) {
            decoded = HtmlReader.decode(part.bytes);
        }
        return HtmlReader.read(decoded, ReportFormat.MHT);
    }

    /** The page of an archive: its bytes, declared charset and the address it was saved from (Content-Location), if any. */
    record HtmlPart(byte[] bytes, String charset, String location) {
    }

    static HtmlPart htmlPart(byte[] bytes) throws ReadException {
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentDecoding(true);
        HtmlPart[] found = new HtmlPart[1];
        String[] contentType = new String[1];
        String[] location = new String[1];
        parser.setContentHandler(new AbstractContentHandler() {
            @Override
            public void startHeader() {
                contentType[0] = null;
                location[0] = null;
            }

            @Override
            public void field(Field field) {
                if ("content-type".equalsIgnoreCase(field.getName())) {
                    contentType[0] = field.getBody();
                } else if ("content-location".equalsIgnoreCase(field.getName())) {
                    location[0] = field.getBody();
                }
            }

            @Override
            public void body(BodyDescriptor bd, InputStream is) throws IOException {
                if (found[0] == null && "text/html".equals(bd.getMimeType().toLowerCase(Locale.ROOT))) {
                    String charset = null;
                    if (contentType[0] != null) {
                        Matcher m = CHARSET.matcher(contentType[0]);
                        if (m.find()) {
                            charset = m.group(1);
                        }
                    }
                    found[0] = new HtmlPart(is.readAllBytes(), charset, location[0]);
                }
            }
        });
        try {
            parser.parse(new ByteArrayInputStream(bytes));
        } catch (MimeException | IOException | RuntimeException e) {
            if (found[0] == null) {
                throw new ReadException(ReadError.Kind.CORRUPT,
                        "the saved web archive (.mht/.mhtml) is damaged and cannot be read (" + e.getClass().getSimpleName() + ")", e);
            }
            // the page was read before the damage: use it
        }
        return found[0];
    }
}
