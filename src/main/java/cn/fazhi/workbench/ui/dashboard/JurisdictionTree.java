package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.ui.common.LatestWinsJob;
import cn.fazhi.workbench.ui.common.TaskRunner;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The 地区 picker: a province → city → county tree with check boxes, a search box and filters (level, city,
 * "has a report this year"), in administrative-code order. What is checked lives here, not in the tree
 * items, so filtering never loses a choice. A click that changes many boxes (全部地区, a province) is
 * handed to the view model once, on the next pulse, as one new selection.
 */
final class JurisdictionTree {
    /** The levels a user filters by (县/区/县级市/开发区). */
    enum LevelFilter {
        ALL, COUNTY, DISTRICT, COUNTY_CITY, ZONE, OTHER;

        boolean accepts(Jurisdiction j) {
            boolean city = j.name().endsWith("市");
            return switch (this) {
                case ALL -> true;
                case COUNTY -> j.level() == JurisdictionLevel.COUNTY && !city;
                case COUNTY_CITY -> j.level() == JurisdictionLevel.COUNTY && city;
                case DISTRICT -> j.level() == JurisdictionLevel.DISTRICT;
                case ZONE -> j.level() == JurisdictionLevel.ZONE;
                case OTHER -> j.level() == JurisdictionLevel.PROVINCE || j.level() == JurisdictionLevel.CITY;
            };
        }

        String label() {
            return tr("compare.level." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** About the width the city box gets beside the level box in the selection pane (it grows to fill the row). */
    static final double CITY_PREF_WIDTH = 160;

    private final DashboardViewModel vm;
    private final TaskRunner tasks;
    private final TreeView<String> tree = new TreeView<>();
    private final TextField search = new TextField();
    private final ComboBox<LevelFilter> level = new ComboBox<>();
    private final ComboBox<String> city = new ComboBox<>();
    private final CheckBox reportedOnly = new CheckBox(tr("compare.filter.reported"));
    private final Label count = new Label();
    private final VBox root;
    /** Full names checked; null means "all" (nothing unticked yet). */
    private Set<String> checked;
    private final Map<CheckBoxTreeItem<String>, String> leafKeys = new IdentityHashMap<>();
    private boolean building;
    private boolean syncScheduled;
    private boolean syncing;
    private boolean chosenPending;
    private long checkedVersion;
    private final LatestWinsJob<Built> builds;
    /** What waits for the tree being built: a load's first comparison. */
    private final List<Runnable> afterShown = new ArrayList<>();

    JurisdictionTree(DashboardViewModel vm, TaskRunner tasks) {
        this.vm = vm;
        this.tasks = tasks;
        this.builds = new LatestWinsJob<>(tasks, "tree", DashboardViewModel.COALESCE_MS, this::captureBuild, this::show,
                t -> {
                    cn.fazhi.workbench.ui.common.AppLog.error("cannot build the jurisdiction tree", t);
                    runAfterShown(); // the comparison must not wait for a tree that will not come
                });
        vm.compareAfterChoicesShown(this::whenShown);
        tree.setId("compare-jurisdictions");
        tree.setCellFactory(CheckBoxTreeCell.forTreeView());
        tree.setShowRoot(true);
        search.setId("compare-search");
        search.setPromptText(tr("compare.search"));
        level.setId("compare-level");
        level.getItems().setAll(LevelFilter.values());
        level.setValue(LevelFilter.ALL);
        level.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LevelFilter f) {
                return f == null ? "" : f.label();
            }

            @Override
            public LevelFilter fromString(String s) {
                return null;
            }
        });
        city.setId("compare-city");
        city.setPromptText(tr("compare.filter.allCities"));
        reportedOnly.setId("compare-reported-only");
        count.getStyleClass().add("legend");
        search.textProperty().addListener((o, a, b) -> rebuild());
        level.valueProperty().addListener((o, a, b) -> rebuild());
        city.valueProperty().addListener((o, a, b) -> rebuild());
        reportedOnly.selectedProperty().addListener((o, a, b) -> rebuild());
        vm.yearProperty().addListener((o, a, b) -> {
            if (reportedOnly.isSelected()) {
                rebuild();
            }
        });
        vm.available().addListener((javafx.collections.ListChangeListener<Jurisdiction>) c -> availableChanged());
        vm.chosen().addListener((javafx.collections.SetChangeListener<String>) c -> {
            if (!syncing && !building) {
                chosenChangedElsewhere();
            }
        });
        level.setMinWidth(110);
        level.setPrefWidth(110);
        city.setMaxWidth(Double.MAX_VALUE);
        // It fills the row beside the level box whatever its preferred width; left computed, that width is a
        // measured cell for every city it offers (some 300 at 2,700 reports), in the pass that lays out the
        // dashboard's first load: most of that pulse's 36-58 ms of CPU, the start's longest (issue 12).
        city.setPrefWidth(CITY_PREF_WIDTH);
        HBox.setHgrow(city, Priority.ALWAYS);
        HBox filters = new HBox(6, level, city);
        HBox.setHgrow(reportedOnly, Priority.ALWAYS);
        HBox bottom = new HBox(6, reportedOnly, count);
        bottom.setAlignment(Pos.CENTER_LEFT);
        // the list joins a frame after the search box and filters (showList): the first layout of all of them
        // together took the start's longest pulse, 90-99 ms even with the installers' class archive (issue 12)
        root = new VBox(6, search, filters, bottom);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    /** Puts the list of jurisdictions under the search box and filters (once). */
    void showList() {
        if (!root.getChildren().contains(tree)) {
            root.getChildren().add(tree);
        }
    }

    private void availableChanged() {
        Set<String> cities = new LinkedHashSet<>();
        for (Jurisdiction j : vm.available()) {
            cities.add(cityOf(j));
        }
        String keep = city.getValue();
        List<String> items = new ArrayList<>();
        items.add(tr("compare.filter.allCities"));
        items.addAll(cities);
        city.getItems().setAll(items);
        city.setValue(keep != null && cities.contains(keep) ? keep : null);
        checked = vm.chosen().isEmpty() ? null : new HashSet<>(vm.chosen());
        checkedVersion++;
        builds.requestNow(); // a load's one change, not a burst of typing: the comparison waits for this tree
    }

    /** Runs {@code r} once the tree being built is shown (or its build failed); at once when none is being built. */
    void whenShown(Runnable r) {
        if (!builds.pendingProperty().get()) {
            r.run();
            return;
        }
        afterShown.add(r);
    }

    private void runAfterShown() {
        List<Runnable> due = List.copyOf(afterShown);
        afterShown.clear();
        due.forEach(Runnable::run);
    }

    /** A saved group was applied: show its members checked. */
    private void chosenChangedElsewhere() {
        if (chosenPending) {
            return;
        }
        chosenPending = true;
        tasks.schedule(1, () -> {
            chosenPending = false;
            checked = vm.chosen().isEmpty() ? null : new HashSet<>(vm.chosen());
            checkedVersion++;
            rebuild();
        });
    }

    private static String cityOf(Jurisdiction j) {
        return DashboardChoices.cityKey(j);
    }

    /** The filters and choices as they stand, captured on the FX thread for a build in the background. */
    private record Request(List<Jurisdiction> available, String text, LevelFilter level, String city, Set<String> reported,
                           Set<String> checked, long checkedVersion) {
    }

    /** A tree built off the FX thread (tree items are not nodes until the view shows them). */
    private record Built(CheckBoxTreeItem<String> root, Map<CheckBoxTreeItem<String>, String> leafKeys, int shown,
                         int total, long checkedVersion, long millis) {
    }

    /** Filters or what can be chosen changed: build the tree again (typing in the search box is one build). */
    void rebuild() {
        builds.request();
    }

    private TaskRunner.Job<Built> captureBuild() {
        String c = city.getValue();
        Request r = new Request(List.copyOf(vm.available()), search.getText() == null ? "" : search.getText().strip(),
                level.getValue(), c == null || c.equals(tr("compare.filter.allCities")) ? null : c,
                reportedOnly.isSelected() ? Set.copyOf(vm.reportedIn(vm.yearProperty().get())) : null,
                checked == null ? null : Set.copyOf(checked), checkedVersion);
        String rootName = tr("compare.allJurisdictions");
        return (p, cancel) -> build(r, rootName);
    }

    private Built build(Request r, String rootName) {
        long t0 = System.nanoTime();
        Map<CheckBoxTreeItem<String>, String> keys = new IdentityHashMap<>();
        CheckBoxTreeItem<String> all = new CheckBoxTreeItem<>(rootName);
        all.setExpanded(true);
        Map<String, CheckBoxTreeItem<String>> provinces = new LinkedHashMap<>();
        Map<String, CheckBoxTreeItem<String>> cities = new LinkedHashMap<>();
        int shownCount = 0;
        boolean filtered = !r.text().isEmpty() || r.level() != LevelFilter.ALL || r.reported() != null || r.city() != null;
        for (Jurisdiction j : r.available()) {
            if (!shown(j, r)) {
                continue;
            }
            shownCount++;
            CheckBoxTreeItem<String> p = provinces.computeIfAbsent(j.province(), k -> {
                CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(k);
                item.setExpanded(true);
                all.getChildren().add(item);
                return item;
            });
            CheckBoxTreeItem<String> c = cities.computeIfAbsent(cityOf(j), k -> {
                CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(j.city() == null ? j.province() : j.city());
                p.getChildren().add(item);
                return item;
            });
            CheckBoxTreeItem<String> leaf = new CheckBoxTreeItem<>(j.name());
            c.getChildren().add(leaf);
            keys.put(leaf, j.fullName());
        }
        boolean expand = shownCount < 60 || filtered && shownCount < 300;
        for (CheckBoxTreeItem<String> c : cities.values()) {
            c.setExpanded(expand);
        }
        setStates(all, keys, r.checked());
        keys.forEach((leaf, key) -> leaf.selectedProperty().addListener((o, was, now) -> leafChanged(leaf, now)));
        return new Built(all, keys, shownCount, r.available().size(), r.checkedVersion(), (System.nanoTime() - t0) / 1_000_000);
    }

    private void show(Built b) {
        if (b == null) {
            runAfterShown();
            return;
        }
        if (b.checkedVersion() != checkedVersion) {
            rebuild(); // boxes were clicked while this was built: build again with them
            return;
        }
        building = true;
        leafKeys.clear();
        leafKeys.putAll(b.leafKeys());
        tree.setRoot(b.root());
        count.setText(tr("compare.filter.count", b.shown(), b.total()));
        building = false;
        // a callback of its own: the comparison's start (placeholders, progress) is not added to this one's
        javafx.application.Platform.runLater(this::runAfterShown);
        cn.fazhi.workbench.ui.common.AppLog.info(String.format("jurisdiction tree: %d of %d built in %d ms (in the background)",
                b.shown(), b.total(), b.millis()));
    }

    private static boolean shown(Jurisdiction j, Request r) {
        if (!r.level().accepts(j)) {
            return false;
        }
        if (r.city() != null && !r.city().equals(cityOf(j))) {
            return false;
        }
        if (r.reported() != null && !r.reported().contains(j.fullName())) {
            return false;
        }
        return r.text().isEmpty() || j.fullName().contains(r.text()) || (j.code() != null && j.code().startsWith(r.text()));
    }

    /**
     * Sets every box bottom-up while the items are independent (so no box tells its parent and children
     * about each change: thousands of leaves cost milliseconds, not seconds), then joins them up again so a
     * click on a parent reaches its children.
     */
    @SuppressWarnings("unchecked")
    private static int[] setStates(CheckBoxTreeItem<String> item, Map<CheckBoxTreeItem<String>, String> keys, Set<String> checked) {
        item.setIndependent(true);
        int[] onOff = new int[2];
        if (item.getChildren().isEmpty() && keys.containsKey(item)) {
            boolean on = checked == null || checked.contains(keys.get(item));
            item.setSelected(on);
            onOff[on ? 0 : 1]++;
        } else {
            for (var child : item.getChildren()) {
                int[] c = setStates((CheckBoxTreeItem<String>) child, keys, checked);
                onOff[0] += c[0];
                onOff[1] += c[1];
            }
            item.setSelected(onOff[0] > 0 && onOff[1] == 0);
            item.setIndeterminate(onOff[0] > 0 && onOff[1] > 0);
        }
        item.setIndependent(false);
        return onOff;
    }

    private void leafChanged(CheckBoxTreeItem<String> leaf, boolean now) {
        if (building) {
            return;
        }
        if (checked == null) {
            checked = new HashSet<>();
            for (Jurisdiction j : vm.available()) {
                checked.add(j.fullName());
            }
        }
        String key = leafKeys.get(leaf);
        if (key == null) {
            return; // a leaf of a tree that is being replaced
        }
        checkedVersion++;
        if (now) {
            checked.add(key);
        } else {
            checked.remove(key);
        }
        if (!syncScheduled) {
            syncScheduled = true; // one hand-over for the whole click, however many boxes it changed
            tasks.schedule(1, this::sync);
        }
    }

    /** Hands what is checked to the view model as one selection (empty = all). */
    private void sync() {
        syncScheduled = false;
        if (checked == null) {
            return;
        }
        syncing = true;
        try {
            handOver();
        } finally {
            syncing = false;
        }
    }

    private void handOver() {
        List<String> chosen = new ArrayList<>();
        for (Jurisdiction j : vm.available()) {
            if (checked.contains(j.fullName())) {
                chosen.add(j.fullName());
            }
        }
        if (chosen.size() == vm.available().size()) {
            vm.setChosen(List.of());
        } else {
            vm.setChosen(chosen.isEmpty() ? List.of("—") : chosen);
        }
    }
}
