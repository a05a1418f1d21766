package cn.fazhi.workbench.ingest;

/** Text decoded from bytes, with the name of the charset that was used. */
public record DecodedText(String text, String charset) {
}
