package cn.fazhi.workbench.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "一、基本情况 全县共收到行政复议申请318件，受理296件。… 县政府本级全年受理行政复议案件186件，审结176件。": two accepted
 * figures of one indicator that disagree (296, 186) make a person choose between them; the other figures of the
 * sentence that lost the first place (176 concluded) tell the same rival account of that matter, and are in doubt
 * as much as its rival figure (round 50). The sentence ranked first keeps its other figures.
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
                                     Map<String, Candidate> contested) {
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
            if (rivalSentences.contains(key(c))) {
                doubted.computeIfAbsent(code, k -> new java.util.ArrayList<>()).add(0, best.remove(code).withFlag(FLAG));
            }
        }
    }

    private static String key(Candidate c) {
        return c.sentence().start() + "/" + c.indicator().topic();
    }
}
