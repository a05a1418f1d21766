package cn.fazhi.workbench.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "收到备案文件4件，本级备案2件，向市政府备案2件": when one figure of an indicator equals the sum of the
 * sentence's other figures for it, it is their total and they are its parts.
 */
final class Totals {
    private Totals() {
    }

    static List<Candidate> markParts(String text, List<Candidate> found) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            if (c.indicator().kind() == cn.fazhi.workbench.model.IndicatorKind.COUNT && !Verdict.weaklyNamed(c)) {
                groups.computeIfAbsent(c.sentence().start() + "/" + c.indicator().code(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Candidate> out = new ArrayList<>(found);
        for (List<Integer> group : groups.values()) {
            if (group.size() < 3) {
                continue;
            }
            for (int total : group) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int other : group) {
                    if (other != total) {
                        sum = sum.add(found.get(other).mention().value());
                    }
                }
                if (sum.compareTo(found.get(total).mention().value()) == 0) {
                    for (int other : group) {
                        // a row of a caption's list of places is that place's whole, judged as a row of the list:
                        // "砀山县 收案231件；…；全市 收案997件" under the city's list (round 81 a)
                        if (other != total && CaptionLists.rowOf(text, found.get(other).mention().start()) == null) {
                            markPart(found, out, other);
                        }
                    }
                    break;
                }
            }
            markRunsAfterTheirTotal(found, out, group);
        }
        return out;
    }

    /**
     * "废止、宣布失效13件（废止9件、宣布失效4件），…专项清理…废止2件": the figures right after one that add up to it are its
     * parts, whatever else the sentence counts later (round 67, r184 read).
     */
    private static void markRunsAfterTheirTotal(List<Candidate> found, List<Candidate> out, List<Integer> group) {
        for (int k = 0; k + 2 < group.size(); k++) {
            BigDecimal total = found.get(group.get(k)).mention().value();
            BigDecimal sum = BigDecimal.ZERO;
            for (int j = k + 1; j < group.size(); j++) {
                sum = sum.add(found.get(group.get(j)).mention().value());
                int cmp = sum.compareTo(total);
                if (cmp == 0 && j >= k + 2) {
                    for (int p = k + 1; p <= j; p++) {
                        markPart(found, out, group.get(p));
                    }
                    return;
                }
                if (cmp >= 0) {
                    break;
                }
            }
        }
    }

    private static void markPart(List<Candidate> found, List<Candidate> out, int index) {
        Candidate part = found.get(index).withFlag("part_of_total");
        out.set(index, new Candidate(part.indicator(), part.mention(), part.sentence(), part.confidence(), part.flags(), false));
    }
}
