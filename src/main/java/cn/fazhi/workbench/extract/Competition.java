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

    /**
     * A doubted figure that competes with a rival in its own sentence makes a figure accepted elsewhere for the same
     * indicator doubtful too, unless its own flags already say why it differs from the whole: "人民调解：全年共调解
     * 矛盾纠纷5460件。坎门街道调解纠纷1020件，楚门镇调解纠纷860件": the towns' figures rival each other, not the
     * county's total.
     */
    static boolean doubtsTheChosen(Candidate other) {
        return other.flags().contains(COMPETING) && APART.stream().noneMatch(other.flags()::contains);
    }

    /**
     * Flags that name a figure as a piece of the whole: a sub-unit's, one channel's or a part's. Not another body's
     * (other_body): a centre's or a higher level's figure of the same matter is no piece of the county's, and when
     * the accepted figure is itself another level's that the rules did not see ("绍兴市全年办理…1.36万件" in a county's
     * page), the rival is what keeps it from being a value.
     */
    private static final List<String> APART = List.of("sub_unit", "part_of_total", "after_qizhong", "one_channel");

    private static boolean contends(Candidate c) {
        return c.eligible() && c.confidence() >= Verdict.SUGGESTION_FLOOR && !Verdict.weaklyNamed(c)
                && !c.flags().contains("part_of_total") && !c.flags().contains("after_qizhong");
    }
}
