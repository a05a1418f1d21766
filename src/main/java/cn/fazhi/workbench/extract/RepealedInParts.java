package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.ingest.NormalizedText;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "经清理，继续保留229件，修改14件，废止17件、宣布失效7件": a clean-up that gives the documents repealed and those declared
 * void side by side, with no total, has repealed both — the count is their sum, worked out and marked as such. Only two
 * figures of one sentence that nothing but their rivalry doubted, the repeals' right before the voided ones', joined by
 * a list mark (r226, read in the forty-ninth session).
 */
final class RepealedInParts {
    static final String CODE = "normative_docs.repealed";
    /** Between the two figures: the first one's unit, a list mark, then the act of voiding. */
    private static final Pattern THEN_VOIDED = Pattern.compile("^\\s*[件份个部]?\\s*[、，,和及]\\s*(?:宣布|确认)?失效\\s*$");
    /** The act right before the first figure: a repeal ("废止17件", "予以废止17件"). */
    private static final Pattern REPEALED = Pattern.compile("(?:^|[，,；;、])\\s*(?:予以|决定)?废止\\s*$");
    private static final int ACT_WORDS = 8;

    private RepealedInParts() {
    }

    /** The sum of the two figures as a derived value, or null when the doubted figures are not such a pair. */
    static IndicatorValue sum(String text, NormalizedText norm, List<Candidate> doubted) {
        if (doubted == null || doubted.size() != 2) {
            return null;
        }
        Candidate repealed = doubted.get(0).mention().start() < doubted.get(1).mention().start() ? doubted.get(0) : doubted.get(1);
        Candidate voided = repealed == doubted.get(0) ? doubted.get(1) : doubted.get(0);
        if (!onlyRivals(repealed) || !onlyRivals(voided) || !repealed.sentence().equals(voided.sentence())
                || !repealed.mention().qualifier().isExact() || !voided.mention().qualifier().isExact()) {
            return null;
        }
        int from = Math.max(repealed.sentence().start(), repealed.mention().start() - ACT_WORDS);
        if (!REPEALED.matcher(text.substring(from, repealed.mention().start())).find()
                || !THEN_VOIDED.matcher(text.substring(repealed.mention().end(), voided.mention().start())).matches()) {
            return null;
        }
        Sentence s = repealed.sentence();
        int start = norm.originalStart(s.start());
        int end = norm.originalEnd(s.end());
        Evidence evidence = new Evidence(start, end, norm.original().substring(start, end),
                norm.originalStart(repealed.mention().start()), norm.originalEnd(voided.mention().end()));
        return new IndicatorValue(CODE, repealed.mention().value().add(voided.mention().value()),
                repealed.indicator().unit(), repealed.mention().qualifier(), true, s.section(), evidence,
                Math.min(repealed.confidence(), voided.confidence()), List.of(), List.of(CODE));
    }

    private static boolean onlyRivals(Candidate c) {
        return c.flags().stream().allMatch(Competition.COMPETING::equals);
    }
}
