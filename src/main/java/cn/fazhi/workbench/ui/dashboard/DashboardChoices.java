package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportCount;
import cn.fazhi.workbench.workflow.BuildComparison;
import cn.fazhi.workbench.workflow.WorkspaceSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What can be chosen on 比对, summarised in the background from the workspace's reports: the jurisdictions
 * with a report (in administrative-code order), the years (newest first), who reported in which year, and
 * the saved groups.
 */
record DashboardChoices(List<Jurisdiction> jurisdictions, List<Integer> years, Map<Integer, Set<String>> reportedByYear,
                        List<String> groups) {

    /** Administrative-code order (GB/T 2260); zones without a code after the divisions of their city. */
    static final Comparator<Jurisdiction> CODE_ORDER = Comparator.comparing(
            (Jurisdiction j) -> j.code() != null ? j.code() : zoneKey(j.parentCode()))
            .thenComparing(Jurisdiction::fullName);

    /** The table's jurisdiction indexes in {@link #CODE_ORDER}. */
    static List<Integer> inCodeOrder(cn.fazhi.workbench.compare.ComparisonTable t) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            order.add(j);
        }
        order.sort((a, b) -> CODE_ORDER.compare(t.jurisdictions().get(a), t.jurisdictions().get(b)));
        return order;
    }

    /**
     * The 地市 a jurisdiction belongs to, as one key (province + city), for grouping by 地市; it is also the
     * group's name on screen, so a municipality's districts read 北京市, not 北京市北京市.
     */
    static String cityKey(Jurisdiction j) {
        String province = j.province() == null ? "" : j.province();
        String city = j.city() == null ? "" : j.city();
        return province.equals(city) ? city : province + city;
    }

    /** Read from the counts per jurisdiction and year, not the report list: start-up waits for this (issue 17). */
    static DashboardChoices read(WorkspaceSession s) throws Exception {
        Map<String, Jurisdiction> byName = new LinkedHashMap<>();
        Map<Integer, Set<String>> byYear = new HashMap<>();
        for (ReportCount rep : s.queries().reportCounts()) {
            if (rep.jurisdiction() != null && rep.year() != null) {
                byName.putIfAbsent(rep.jurisdiction().fullName(), rep.jurisdiction());
                byYear.computeIfAbsent(rep.year(), k -> new HashSet<>()).add(rep.jurisdiction().fullName());
            }
        }
        List<Integer> ys = new ArrayList<>(byYear.keySet());
        ys.sort(Comparator.reverseOrder());
        return new DashboardChoices(byName.values().stream().sorted(CODE_ORDER).toList(), ys, byYear,
                new BuildComparison(s).groupNames());
    }

    private static String zoneKey(String parent) {
        if (parent == null) {
            return "~";
        }
        return (parent.length() == 6 && parent.endsWith("00") ? parent.substring(0, 4) + "99" : parent) + "~";
    }
}
