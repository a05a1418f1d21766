package cn.fazhi.workbench.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "一、基本情况 全县共收到行政复议申请318件，受理296件。… 县政府本级全年受理行政复议案件186件，审结176件。": two accepted
 * figures of one indicator that disagree (296, 186) make a person choose between them; the other figures of the
 * sentence that lost the first place (176 concluded) tell the same rival account of that matter, and are in doubt
 * as much as its rival figure (round 50). The sentence ranked first keeps its other figures, and so does a
 * figure another sentence accepts as well.
 */
final class RivalAccounts {
    static final String FLAG = "rival_account";

    private RivalAccounts() {
    }

    /**
     * Moves from {@code best} to {@code doubted} every figure of a topic whose sentence holds a figure that lost a
     * competition of that topic, the one ranked first excepted; {@code contested} maps each indicator whose accepted
     * figure was doubted by a rival to that figure.
     */
    static void doubtTheirNeighbours(Map<String, Candidate> best, Map<String, List<Candidate>> doubted,
                                     Map<String, Candidate> contested, List<Candidate> alsoAccepted) {
        Set<String> rivalSentences = new HashSet<>();
        for (Map.Entry<String, Candidate> e : contested.entrySet()) {
            for (Candidate rival : doubted.getOrDefault(e.getKey(), List.of())) {
                if (Competition.doubtsTheChosen(rival) && rival.sentence().start() != e.getValue().sentence().start()) {
                    rivalSentences.add(key(rival));
                }
            }
        }
        for (String code : List.copyOf(best.keySet())) {
            Candidate c = best.get(code);
            if (rivalSentences.contains(key(c)) && !toldAgain(c, alsoAccepted, rivalSentences)) {
                doubted.computeIfAbsent(code, k -> new java.util.ArrayList<>()).add(0, best.remove(code).withFlag(FLAG));
            }
        }
    }

    /**
     * "新收、审结行政复议案件分别为291件、284件…审结的284件中，…": another sentence, one that tells no rival account,
     * accepts the same figure, so the figure stands whatever the rival's sentence got wrong (round 56).
     */
    private static boolean toldAgain(Candidate c, List<Candidate> alsoAccepted, Set<String> rivalSentences) {
        for (Candidate other : alsoAccepted) {
            if (other.indicator().code().equals(c.indicator().code())
                    && other.sentence().start() != c.sentence().start() && !rivalSentences.contains(key(other))
                    && other.mention().value().compareTo(c.mention().value()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String key(Candidate c) {
        return c.sentence().start() + "/" + c.indicator().topic();
    }
}
