package cn.fazhi.workbench.extract;

/**
 * The indicator a figure's words fit best.
 *
 * @param score         the cue's score (see {@link CompiledIndicator#cueScore})
 * @param topicDistance how far before the figure its topic is named, or one of the constants below when it is
 *                      named only elsewhere
 */
record MatchedIndicator(CompiledIndicator compiled, double score, int topicDistance) {
    /** Topic distances from here on name the topic only in the sentence before the figure's. */
    static final int PREVIOUS_SENTENCE = 1000;
    /** The topic is named only in the report's title. */
    static final int TITLE_ONLY = 1_000_000;
    /**
     * The topic is named only after the figure, beyond its own clause, in the same sentence ("结案率100%，…劳动争议
     * 仲裁工作连续两年…"): what the sentence is about, but not written where the figure is.
     */
    static final int LATER_IN_SENTENCE = 2_000_000;
    /**
     * No topic at all is named in the sentence, the one before, the heading or the title, and the cue points to
     * one indicator only ("清理结果为：保留45件，宣布失效16件"): nothing contradicts the cue, nothing confirms it.
     */
    static final int NAMED_NOWHERE = 3_000_000;

    MatchedIndicator scaled(double factor) {
        return new MatchedIndicator(compiled, score * factor, topicDistance);
    }
}
