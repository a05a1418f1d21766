package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "区政府负责人出庭应诉率100%，区级部门和镇街负责人出庭应诉率99.3%": one sentence that gives two different
 * figures for one indicator says two things, and the words that tell them apart are the ones the rules read
 * least well. Neither is accepted on its own; both become suggestions a person chooses between. Parts after
 * 其中 and figures that are no result of the year (a starting value, a change) do not compete.
 */
final class Competition {
    static final String COMPETING = "competing";

    private Competition() {
    }

    static List<Candidate> markRivals(List<Candidate> found) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            if (contends(c)) {
                groups.computeIfAbsent(c.sentence().start() + "/" + c.indicator().code(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Candidate> out = new ArrayList<>(found);
        for (List<Integer> group : groups.values()) {
            long distinct = group.stream().map(i -> found.get(i).mention().value().stripTrailingZeros()).distinct().count();
            if (distinct > 1) {
                group.forEach(i -> out.set(i, found.get(i).withFlag(COMPETING)));
            }
        }
        return out;
    }

    private static boolean contends(Candidate c) {
        return c.eligible() && c.confidence() >= Verdict.SUGGESTION_FLOOR && !Verdict.weaklyNamed(c)
                && !c.flags().contains("part_of_total") && !c.flags().contains("after_qizhong");
    }
}
