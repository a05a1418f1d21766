package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.AppLog;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.ui.common.LatestWinsJob;
import cn.fazhi.workbench.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The dashboard's state: what is selected and the comparison for it. Every change of the selection
 * recomputes through one {@link LatestWinsJob}: a burst of changes is one request, the selection is
 * captured here on the FX thread when the run starts, the comparison runs in the background, a newer
 * request cancels an older one and only the newest result is applied.
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
    /** The comparison being computed, as far as it is known before it is read (set when a run starts). */
    private final ObjectProperty<ComingTable> coming = new SimpleObjectProperty<>();
    /** The choices inside the tabs; a new comparison offers its indicators and jurisdictions to them. */
    private final DashboardPickers pickers = new DashboardPickers();
    private final BooleanProperty computing = new SimpleBooleanProperty();
    /** Changes closer together than this are one comparison. */
    static final long COALESCE_MS = 150;
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final LatestWinsJob<ComparisonTable> comparison;
    private final StringProperty placeholder = new SimpleStringProperty();
    private boolean batching;
    /** The reports read for the last comparison, kept while the workspace's content stays the same. */
    private record CachedData(long epoch, BuildComparison.Data data, java.time.MonthDay deadline) {
    }

    private final java.util.concurrent.atomic.AtomicReference<CachedData> cachedData = new java.util.concurrent.atomic.AtomicReference<>();
    /** Counts the loads: every load (after an import, a review, a new workspace) reads the reports again. */
    private volatile long dataEpoch;
    private long requestedAt;
    private Map<String, String> areaNames = new LinkedHashMap<>();
    private Map<Integer, Set<String>> reported = Map.of();
    /** Runs a load's first comparison once the jurisdiction picker shows the new choices (see {@link #load()}). */
    private java.util.function.Consumer<Runnable> afterChoicesShown = Runnable::run;

    public DashboardViewModel(AppWiring wiring) {
        this.wiring = wiring;
        this.comparison = new LatestWinsJob<>(wiring.tasks(), "compare", COALESCE_MS, this::captureComparison,
                this::showComparison, this::failed);
        computing.bind(loading.or(comparison.pendingProperty()));
        placeholder.bind(Bindings.createStringBinding(this::placeholderText, wiring.sessionProperty(), loading,
                comparison.pendingProperty(), table, wiring.problemProperty()));
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

    /** Full names of the jurisdictions with a report for {@code year} (none for null). */
    public Set<String> reportedIn(Integer year) {
        return year == null ? Set.of() : reported.getOrDefault(year, Set.of());
    }

    public Map<String, String> areaNames() {
        return areaNames;
    }

    public DashboardPickers pickers() {
        return pickers;
    }

    public ReadOnlyObjectProperty<ComparisonTable> tableProperty() {
        return table;
    }

    /** What the comparison that just started will show (its indicators, about how many jurisdictions). */
    public ReadOnlyObjectProperty<ComingTable> comingProperty() {
        return coming;
    }

    /** True while what can be selected is read or a comparison is queued or running. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing;
    }

    /** What the empty table says: "正在…" until the answer is known, the real empty message after. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    private String placeholderText() {
        if (wiring.problemProperty().get() != null) {
            return wiring.problemProperty().get();
        }
        if (wiring.sessionProperty().get() == null) {
            return tr("status.opening");
        }
        if (loading.get()) {
            return tr("compare.loading");
        }
        if (comparison.pendingProperty().get()) {
            return tr("compare.computing");
        }
        return tr("compare.empty");
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
        loading.set(true);
        dataEpoch++;
        wiring.tasks().run("dashboard", (p, c) -> DashboardChoices.read(s), r -> {
            areaNames = CatalogueAreas.withIndicators(s.catalogue());
            reported = r.reportedByYear();
            boolean choicesChanged = !r.jurisdictions().equals(available);
            if (choicesChanged) {
                available.setAll(r.jurisdictions()); // the tree is rebuilt only when what can be chosen changed
            }
            if (!r.groups().equals(groups)) {
                groups.setAll(r.groups());
            }
            if (!r.years().equals(years)) {
                years.setAll(r.years());
            }
            List<Integer> ys = r.years();
            Integer remembered = parse(wiring.prefs().get("dashboard.year", null));
            Integer pick = remembered != null && ys.contains(remembered) ? remembered : ys.isEmpty() ? null : ys.get(0);
            batching = true; // one change made here, not a burst of clicks: compare at once, not after a wait
            try {
                year.set(pick);
            } finally {
                batching = false;
            }
            Runnable compare = () -> {
                loading.set(false);
                comparison.requestNow();
            };
            // New choices rebuild the picker's tree (2,700 leaves: its setRoot is the start's longest FX callback).
            // Reading the comparison at the same time made that callback wait for a core and meet the read's young
            // collections: the start's 100-170 ms stalls (issue 12). The read waits for the tree; "正在…" meanwhile.
            if (choicesChanged) {
                afterChoicesShown.accept(compare);
            } else {
                compare.run();
            }
        }, t -> {
            loading.set(false);
            failed(t);
        });
    }

    /** The picker calls {@code gate} with a load's first comparison; it runs it once the new choices are shown. */
    void compareAfterChoicesShown(java.util.function.Consumer<Runnable> gate) {
        this.afterChoicesShown = gate;
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

    /**
     * The selection changed: compare again. Bursts (a click on 全部地区 changes hundreds of boxes) are one
     * request; a newer request cancels the older one; only the newest request's result is shown.
     */
    public void recompute() {
        if (batching) {
            return;
        }
        comparison.request();
    }

    /** Captures the selection on the FX thread when a run starts; null when there is nothing to compare. */
    private TaskRunner.Job<ComparisonTable> captureComparison() {
        var s = wiring.session();
        Selection sel = selection();
        if (s == null || sel == null) {
            return null;
        }
        wiring.prefs().put("dashboard.year", String.valueOf(sel.year()));
        coming.set(ComingTable.of(s.catalogue(), sel, reportedIn(sel.year())));
        long started = System.nanoTime();
        requestedAt = started;
        long epoch = dataEpoch;
        return (p, c) -> {
            BuildComparison build = new BuildComparison(s);
            CachedData cached = cachedData.get();
            if (cached == null || cached.epoch() != epoch || !cached.data().covers(sel)) {
                cached = new CachedData(epoch, build.read(sel), build.deadline());
                cachedData.set(cached);
            }
            c.throwIfCancelled();
            Selection withDeadline = new Selection(sel.years(), sel.jurisdictions(), null, null, sel.indicators(),
                    sel.groups(), cached.deadline(), null);
            lastLeftOut = cached.data().leftOut();
            return build.build(cached.data(), withDeadline);
        };
    }

    /** The values the last comparison left out as not sane numbers (set off the FX thread, read on it). */
    private volatile List<BuildComparison.LeftOut> lastLeftOut = List.of();

    private void showComparison(ComparisonTable result) {
        if (result != null) {
            String timing = String.format("comparison of %d jurisdictions x %d indicators ready %d ms after the request"
                            + " (%d runs so far)", result.jurisdictions().size(), result.indicators().size(),
                    (System.nanoTime() - requestedAt) / 1_000_000, comparison.started());
            AppLog.info(timing);
            if (Boolean.getBoolean("fazhi.timing")) {
                System.out.println("dashboard: " + timing);
            }
        }
        pickers.offer(result);
        table.set(result);
        message.set(result == null ? "" : LeftOutNotice.of(lastLeftOut, wiring.session()));
    }

    /** Changes the chosen jurisdictions in one step: one request, however many changed. */
    public void setChosen(java.util.Collection<String> fullNames) {
        replaceAll(chosen, fullNames);
    }

    /** Changes the chosen indicator areas in one step. */
    public void setAreas(java.util.Collection<String> groups) {
        replaceAll(areas, groups);
    }

    private void replaceAll(ObservableSet<String> set, java.util.Collection<String> content) {
        if (set.size() == content.size() && set.containsAll(content)) {
            return;
        }
        batching = true;
        try {
            set.retainAll(content);
            set.addAll(content);
        } finally {
            batching = false;
        }
        recompute();
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
            setChosen(full);
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
        var session = wiring.session();
        var h = wiring.tasks().run(tr("compare.exporting"), (p, c) -> session == null
                ? new ExportComparison().export(t, title, transpose, chartIndicator, file)
                : new ExportComparison().export(session, t, title, transpose, chartIndicator, file), done, this::failed);
        wiring.track(h);
    }

    private void failed(Throwable t) {
        message.set(Dialogs.explain(t));
    }
}
