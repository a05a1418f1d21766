package cn.fazhi.workbench.model;

import java.time.MonthDay;
import java.util.List;

/**
 * What to compare.
 *
 * @param years          reporting years; the last is the year compared, earlier ones give year-on-year changes
 * @param jurisdictions  full names or codes to include; empty means "all that match the other filters"
 * @param province       only jurisdictions in this province (name), or null
 * @param city           only jurisdictions in this city (name), or null
 * @param indicators     indicator codes; empty means all (subject to {@code groups})
 * @param groups         catalogue groups of indicators; empty means all
 * @param deadline       the day of the year after the reporting year by which reports are due
 * @param groupName      the name of a saved group of jurisdictions the selection came from, or null
 */
public record Selection(List<Integer> years, List<String> jurisdictions, String province, String city,
                        List<String> indicators, List<String> groups, MonthDay deadline, String groupName) {
    /** Reports are due by 1 April of the year after the reporting year unless the user says otherwise. */
    public static final MonthDay DEFAULT_DEADLINE = MonthDay.of(4, 1);

    public Selection {
        years = List.copyOf(years).stream().sorted().toList();
        jurisdictions = List.copyOf(jurisdictions);
        indicators = List.copyOf(indicators);
        groups = List.copyOf(groups);
        deadline = deadline == null ? DEFAULT_DEADLINE : deadline;
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a selection needs at least one year");
        }
    }

    public static Selection ofYear(int year) {
        return new Selection(List.of(year), List.of(), null, null, List.of(), List.of(), null, null);
    }

    /** The year compared. */
    public int year() {
        return years.get(years.size() - 1);
    }
}
