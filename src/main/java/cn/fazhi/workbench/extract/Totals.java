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

    static List<Candidate> markParts(List<Candidate> found) {
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
                        if (other != total) {
                            Candidate part = found.get(other).withFlag("part_of_total");
                            out.set(other, new Candidate(part.indicator(), part.mention(), part.sentence(),
                                    part.confidence(), part.flags(), false));
                        }
                    }
                    break;
                }
            }
        }
        return out;
    }
}
