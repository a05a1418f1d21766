package cn.fazhi.workbench.model;

import java.util.Locale;

/**
 * Why a catalogue copy is refused: a code the window words ({@code catalogue.problem.<id>}) with the
 * indicator, topic, field and pattern at fault as arguments; the loader's English message goes to the log and
 * the command line.
 */
public enum CatalogueProblem {
    /** Not JSON, or not a JSON object. */
    NOT_JSON,
    /** Any other problem (kept for callers without a code). */
    INVALID,
    /** An indicator code given twice: code. */
    DUPLICATE,
    /** No indicators at all. */
    NO_INDICATORS,
    /** A numerator or denominator that is no indicator: code, reference. */
    UNKNOWN_REF,
    /** A code that does not look like area.name: code. */
    BAD_CODE,
    /** An indicator's topic that "topics" does not define: code, topic. */
    UNKNOWN_TOPIC,
    /** kind or direction not one of its values: code, field, value. */
    BAD_VALUE,
    /** A broken pattern in an indicator's list: code, field, pattern. */
    BAD_PATTERN,
    /** An empty pattern in an indicator's list: code, field. */
    BAD_PATTERN_EMPTY,
    /** A topic's broken pattern: topic, pattern. */
    TOPIC_PATTERN,
    /** A topic's empty pattern: topic. */
    TOPIC_PATTERN_EMPTY,
    /** "parts" is not an object of topics. */
    PARTS_NOT_OBJECT,
    /** "parts" names a topic that "topics" does not define: topic. */
    PARTS_UNKNOWN_TOPIC,
    /** A topic's part words are not a list: topic, indicators. */
    PARTS_NOT_LIST,
    /** An entry of the part words without "words": topic, entry number, indicators. */
    PART_NO_WORDS,
    /** A broken pattern among the part words: topic, entry number, field, indicators, pattern. */
    PART_PATTERN,
    /** An empty pattern among the part words: topic, entry number, field, indicators. */
    PART_PATTERN_EMPTY,
    /** "inBrackets" that is not true or false: topic, entry number, indicators. */
    PART_FLAG,
    /** A new indicator whose code is taken: code. */
    INDICATOR_EXISTS,
    /** A new indicator without a phrase that introduces it. */
    NO_PHRASES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
