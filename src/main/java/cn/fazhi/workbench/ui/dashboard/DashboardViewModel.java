package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.BuildComparison;
import cn.fazhi.workbench.workflow.ExportComparison;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The dashboard's state: what is selected and the comparison for it. Every change of the selection
 * recomputes "latest wins": the selection is captured here on the FX thread, the comparison runs in the
 * background, and a result is applied only if no newer request came in meanwhile.
 */
public final class DashboardViewModel {
    private final AppWiring wiring;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final BooleanProperty withPreviousYear = new SimpleBooleanProperty();
    /** Jurisdictions with a report, by province and city, for the picker. */
    private final ObservableList<Jurisdiction> available = FXCollections.observableArrayList();
    private final ObservableSet<String> chosen = FXCollections.observableSet(); // full names; empty = all
    private final ObservableSet<String> areas = FXCollections.observableSet(); // indicator groups; empty = all
    private final ObjectProperty<ComparisonTable> table = new SimpleObjectProperty<>();
    private final BooleanProperty computing = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final AtomicLong requests = new AtomicLong();
    private Map<String, String> areaNames = new LinkedHashMap<>();

    public DashboardViewModel(AppWiring wiring) {
        this.wiring = wiring;
        year.addListener((o, a, b) -> recompute());
        withPreviousYear.addListener((o, a, b) -> recompute());
        chosen.addListener((javafx.collections.SetChangeListener<String>) c -> recompute());
        areas.addListener((javafx.collections.SetChangeListener<String>) c -> recompute());
        wiring.sessionProperty().addListener((o, a, b) -> load());
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public BooleanProperty withPreviousYearProperty() {
        return withPreviousYear;
    }

    public ObservableList<Jurisdiction> available() {
        return available;
    }

    public ObservableSet<String> chosen() {
        return chosen;
    }

    public ObservableSet<String> areas() {
        return areas;
    }

    public Map<String, String> areaNames() {
        return areaNames;
    }

    public ReadOnlyObjectProperty<ComparisonTable> tableProperty() {
        return table;
    }

    public BooleanProperty computingProperty() {
        return computing;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> groups() {
        return groups;
    }

    /** Reads what can be selected (years, jurisdictions, saved groups), then compares. */
    public void load() {
        var s = wiring.session();
        if (s == null) {
            return;
        }
        wiring.tasks().run("dashboard", (p, c) -> new Object[]{s.queries().reports(null, null, false),
                new BuildComparison(s).groupNames()}, r -> {
            @SuppressWarnings("unchecked")
            List<ReportSummary> reports = (List<ReportSummary>) r[0];
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) r[1];
            areaNames = new LinkedHashMap<>(s.catalogue().groups());
            Map<String, Jurisdiction> byName = new LinkedHashMap<>();
            List<Integer> ys = new ArrayList<>();
            for (ReportSummary rep : reports) {
                if (rep.jurisdiction() != null && rep.year() != null) {
                    byName.putIfAbsent(rep.jurisdiction().fullName(), rep.jurisdiction());
                    if (!ys.contains(rep.year())) {
                        ys.add(rep.year());
                    }
                }
            }
            ys.sort(java.util.Comparator.reverseOrder());
            available.setAll(byName.values().stream().sorted(java.util.Comparator.comparing(Jurisdiction::province)
                    .thenComparing(j -> j.city() == null ? "" : j.city()).thenComparing(Jurisdiction::name)).toList());
            groups.setAll(names);
            years.setAll(ys);
            Integer remembered = parse(wiring.prefs().get("dashboard.year", null));
            Integer pick = remembered != null && ys.contains(remembered) ? remembered : ys.isEmpty() ? null : ys.get(0);
            if (java.util.Objects.equals(year.get(), pick)) {
                recompute();
            } else {
                year.set(pick);
            }
        }, this::failed);
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The selection as it stands now. */
    public Selection selection() {
        Integer y = year.get();
        if (y == null) {
            return null;
        }
        List<Integer> ys = withPreviousYear.get() ? List.of(y - 1, y) : List.of(y);
        return new Selection(ys, new ArrayList<>(chosen), null, null, List.of(), new ArrayList<>(areas), null, null);
    }

    /** Compares the current selection in the background; only the newest request's result is shown. */
    public void recompute() {
        var s = wiring.session();
        Selection sel = selection();
        if (s == null || sel == null) {
            table.set(null);
            return;
        }
        wiring.prefs().put("dashboard.year", String.valueOf(sel.year()));
        long id = requests.incrementAndGet();
        long started = System.nanoTime();
        computing.set(true);
        wiring.tasks().run("compare", (p, c) -> {
            BuildComparison build = new BuildComparison(s);
            Selection withDeadline = new Selection(sel.years(), sel.jurisdictions(), null, null, sel.indicators(),
                    sel.groups(), build.deadline(), null);
            return java.util.Map.entry(build.build(withDeadline), build.leftOut());
        }, computed -> {
            var result = computed.getKey();
            if (id == requests.get()) {
                String timing = String.format("comparison of %d jurisdictions x %d indicators shown %d ms after the request",
                        result.jurisdictions().size(), result.indicators().size(), (System.nanoTime() - started) / 1_000_000);
                cn.fazhi.workbench.ui.common.AppLog.info(timing);
                if (Boolean.getBoolean("fazhi.timing")) {
                    System.out.println("dashboard: " + timing);
                }
                table.set(result);
                computing.set(false);
                message.set(result.isEmpty() ? tr("compare.empty") : leftOutMessage(computed.getValue()));
            }
        }, t -> {
            if (id == requests.get()) {
                computing.set(false);
                failed(t);
            }
        });
    }

    /** Says which stored values are not sane numbers and were left out of the comparison (and any export of it). */
    private String leftOutMessage(List<BuildComparison.LeftOut> leftOut) {
        if (leftOut.isEmpty()) {
            return "";
        }
        var s = wiring.session();
        List<String> which = new java.util.ArrayList<>();
        for (BuildComparison.LeftOut l : leftOut.subList(0, Math.min(3, leftOut.size()))) {
            String name = s == null ? l.indicator() : s.catalogue().find(l.indicator())
                    .map(cn.fazhi.workbench.model.Indicator::nameZh).orElse(l.indicator());
            which.add(tr("compare.leftOutItem", l.reportId(), name, tr("review.invalid." + l.problem().id())));
        }
        return tr("compare.leftOut", leftOut.size(), String.join("；", which));
    }

    /** Chooses a saved group of jurisdictions. */
    public void applyGroup(String name) {
        var s = wiring.session();
        if (s == null || name == null) {
            return;
        }
        wiring.tasks().run("group", (p, c) -> new BuildComparison(s).group(name).orElse(List.of()), members -> {
            List<String> full = new ArrayList<>();
            for (Jurisdiction j : available) {
                if (members.contains(j.fullName()) || members.contains(j.code()) || members.contains(j.name())) {
                    full.add(j.fullName());
                }
            }
            chosen.clear();
            chosen.addAll(full);
        }, this::failed);
    }

    public void saveGroup(String name) {
        var s = wiring.session();
        if (s == null || name == null || name.isBlank() || chosen.isEmpty()) {
            return;
        }
        List<String> members = new ArrayList<>(chosen);
        wiring.tasks().run("group", (p, c) -> {
            new BuildComparison(s).saveGroup(name.strip(), members);
            return new BuildComparison(s).groupNames();
        }, names -> {
            groups.setAll(names);
            message.set(tr("compare.groupSaved", name.strip(), members.size()));
        }, this::failed);
    }

    /** Writes exactly the comparison on screen to an Excel file, in the background. */
    public void export(Path file, boolean transpose, String chartIndicator, java.util.function.Consumer<Path> done) {
        ComparisonTable t = table.get();
        if (t == null) {
            return;
        }
        String title = tr("compare.exportTitle", t.year());
        var h = wiring.tasks().run(tr("compare.exporting"),
                (p, c) -> new ExportComparison().export(t, title, transpose, chartIndicator, file), done, this::failed);
        wiring.track(h);
    }

    private void failed(Throwable t) {
        message.set(Dialogs.explain(t));
    }
}
