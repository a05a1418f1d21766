package cn.fazhi.workbench.ui.dashboard;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** The left of 比对: the year (and the previous one), the jurisdiction tree, saved groups and the indicator areas. */
final class SelectionPane {
    private static final String AREA_ID = "compare-area-";
    private final DashboardViewModel vm;
    private final VBox areaBox = new VBox(4);
    private final VBox root;
    private final JurisdictionTree tree;

    SelectionPane(DashboardViewModel vm, JurisdictionTree tree) {
        this.vm = vm;
        this.tree = tree;
        Label title = new Label(tr("compare.title"));
        title.getStyleClass().add("screen-title");
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("compare-year");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        CheckBox yoy = new CheckBox(tr("compare.withPreviousYear"));
        yoy.setId("compare-yoy");
        yoy.selectedProperty().bindBidirectional(vm.withPreviousYearProperty());
        HBox yearRow = new HBox(8, new Label(tr("compare.year")), year);
        yearRow.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, title, yearRow, yoy, new Label(tr("compare.jurisdictions")));
        root.setPrefWidth(290);
        root.setPadding(new Insets(0, 12, 0, 0));
        vm.available().addListener((ListChangeListener<Object>) c -> rebuildAreas());
    }

    Node node() {
        return root;
    }

    /** The jurisdiction tree's search box and filters join the pane a frame after the year (DashboardView's FrameSteps). */
    void addTreeFilters() {
        if (!root.getChildren().contains(tree.node())) {
            root.getChildren().add(tree.node());
        }
    }

    /** The jurisdiction tree with its list (after its filters, a frame later at start). */
    void addTree() {
        addTreeFilters();
        tree.showList();
    }

    /** Saved groups and the indicator areas, after the tree. */
    void addTheRest() {
        Label areas = new Label(tr("compare.areas"));
        areas.getStyleClass().add("section-title");
        root.getChildren().addAll(groupRow(), areas, areaBox);
    }

    private HBox groupRow() {
        ComboBox<String> group = new ComboBox<>(vm.groups());
        group.setId("compare-group");
        group.setPromptText(tr("compare.savedGroups"));
        group.setOnAction(e -> vm.applyGroup(group.getValue()));
        Button save = new Button(tr("compare.saveGroup"));
        save.setId("compare-save-group");
        save.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog();
            d.setHeaderText(tr("compare.saveGroupHint"));
            cn.fazhi.workbench.ui.common.Dialogs.wordButtons(d.getDialogPane());
            d.showAndWait().ifPresent(vm::saveGroup);
        });
        return new HBox(6, group, save);
    }

    /** One box per area of the catalogue; all ticked means "every area" (an empty choice), none means nothing. */
    private void rebuildAreas() {
        areaBox.getChildren().clear();
        for (Map.Entry<String, String> a : vm.areaNames().entrySet()) {
            CheckBox cb = new CheckBox(a.getValue());
            cb.setId(AREA_ID + a.getKey());
            cb.setSelected(vm.areas().isEmpty() || vm.areas().contains(a.getKey()));
            cb.selectedProperty().addListener((o, was, now) -> {
                List<String> on = new ArrayList<>();
                for (Node n : areaBox.getChildren()) {
                    if (n instanceof CheckBox c && c.isSelected()) {
                        on.add(c.getId().substring(AREA_ID.length()));
                    }
                }
                vm.setAreas(on.size() == vm.areaNames().size() ? List.of() : on.isEmpty() ? List.of("—") : on);
            });
            areaBox.getChildren().add(cb);
        }
    }
}
