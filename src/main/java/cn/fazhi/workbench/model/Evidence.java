package cn.fazhi.workbench.model;

/**
 * Where a value comes from. Offsets are character offsets into {@link ReportText#text()}.
 *
 * @param start      start of the sentence
 * @param end        end of the sentence (exclusive)
 * @param sentence   the sentence, verbatim from the original text
 * @param valueStart start of the number itself (with its unit)
 * @param valueEnd   end of the number itself (exclusive)
 */
public record Evidence(int start, int end, String sentence, int valueStart, int valueEnd) {
}
