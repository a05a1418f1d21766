package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;

/** Plain text in any of the encodings government sites and offices use. */
public final class TxtReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.TXT;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("txt");
    }

    /** Plain text has no signature: a file is read as text by its name only. */
    @Override
    public boolean recognises(byte[] bytes) {
        return false;
    }

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        DecodedText decoded = TextDecoder.decode(bytes);
        return new ReportText(LineEndings.normalise(decoded.text()), ReportFormat.TXT, decoded.charset());
    }
}
