package cn.fazhi.workbench.ui.reports;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.LatestWinsJob;
import cn.fazhi.workbench.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import cn.fazhi.workbench.workflow.BuildComparison;
import cn.fazhi.workbench.workflow.ReportVersionsOf;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/** The report list: everything in the workspace, filtered by text, year and "needs attention". */
public final class ReportsViewModel {
    private final AppWiring wiring;
    private final ObservableList<ReportSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ReportSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final BooleanProperty attentionOnly = new SimpleBooleanProperty();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private MonthDay deadline = MonthDay.of(4, 1);
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final LatestWinsJob<Set<Long>> filtering;

    public ReportsViewModel(AppWiring wiring) {
        this.wiring = wiring;
        this.filtering = new LatestWinsJob<>(wiring.tasks(), "filter", 150, this::captureFilter,
                ids -> shown.setPredicate(ids == null ? r -> true : r -> ids.contains(r.id())), t -> { });
        busy.bind(loading.or(filtering.pendingProperty()));
        filter.addListener((o, a, b) -> refilter());
        year.addListener((o, a, b) -> refilter());
        attentionOnly.addListener((o, a, b) -> refilter());
        wiring.sessionProperty().addListener((o, a, b) -> load());
    }

    /** True until the reports have been read (the list says "正在读取…", not "none"). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True while the list is read or filtered: an empty list is not yet an answer. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<ReportSummary> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public BooleanProperty attentionOnlyProperty() {
        return attentionOnly;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** Published by the deadline of the year after the reporting year; null when unknown. */
    public Boolean onTime(ReportSummary r) {
        if (r.publishDate() == null || r.year() == null) {
            return null;
        }
        LocalDate due = deadline.atYear(r.year() + 1);
        return !r.publishDate().isAfter(due);
    }

    /** Reads the reports again in the background. */
    public void load() {
        var s = wiring.session();
        if (s == null) {
            return;
        }
        loading.set(true);
        wiring.tasks().run("reports", (p, c) -> {
            List<ReportSummary> list = s.queries().reports(null, null, false);
            MonthDay due = new BuildComparison(s).deadline();
            return new Object[]{list, due};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<ReportSummary> list = (List<ReportSummary>) result[0];
            deadline = (MonthDay) result[1];
            all.setAll(list);
            years.setAll(list.stream().map(ReportSummary::year).filter(java.util.Objects::nonNull).distinct()
                    .sorted(java.util.Comparator.reverseOrder()).toList());
            loading.set(false);
            refilter();
        }, failure -> loading.set(false));
    }

    /** The stored versions of a report (same jurisdiction and year; the one in force first), in the background. */
    public void versions(long reportId, java.util.function.Consumer<List<ReportSummary>> then) {
        var s = wiring.session();
        if (s != null) {
            wiring.tasks().run("versions", (p, c) -> new ReportVersionsOf(s).versions(reportId), then, t -> { });
        }
    }

    /** Puts another version of a report in force (reviewed values go with it), then reads the list again. */
    public void makePrimary(long reportId) {
        var s = wiring.session();
        if (s != null) {
            wiring.tasks().run("versions", (p, c) -> new ReportVersionsOf(s).makePrimary(reportId), previous -> load(), t -> { });
        }
    }

    /** The filters changed: typing is one filtering, done in the background; the newest wins. */
    private void refilter() {
        filtering.request();
    }

    private TaskRunner.Job<Set<Long>> captureFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Integer y = year.get();
        boolean attention = attentionOnly.get();
        if (text.isEmpty() && y == null && !attention) {
            return (p, c) -> null;
        }
        List<ReportSummary> reports = List.copyOf(all);
        return (p, c) -> {
            Set<Long> ids = new HashSet<>();
            for (ReportSummary r : reports) {
                if ((y == null || y.equals(r.year())) && (!attention || r.needsAttention())
                        && (text.isEmpty() || haystack(r).contains(text))) {
                    ids.add(r.id());
                }
            }
            return ids;
        };
    }

    private static String haystack(ReportSummary r) {
        return ((r.jurisdiction() == null ? "" : r.jurisdiction().fullName() + " " + r.jurisdiction().code())
                + " " + (r.title() == null ? "" : r.title()) + " " + r.sourceName()).toLowerCase(Locale.ROOT);
    }
}
