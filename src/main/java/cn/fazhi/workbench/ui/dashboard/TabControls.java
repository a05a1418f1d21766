package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Jurisdiction;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Function;

/** The small pieces every dashboard tab is built of: a row of a label and pickers, a picker bound to the view model. */
final class TabControls {
    private TabControls() {
    }

    static <T extends Region> T grow(T n) {
        VBox.setVgrow(n, Priority.ALWAYS);
        return n;
    }

    static HBox row(String label, Node... nodes) {
        HBox h = new HBox(8);
        h.getChildren().add(new Label(label));
        h.getChildren().addAll(nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    static ComboBox<Indicator> indicatorBox(String id, ObservableList<Indicator> items, Property<Indicator> choice) {
        return box(id, items, choice, Indicator::nameZh);
    }

    static ComboBox<Jurisdiction> jurisdictionBox(String id, ObservableList<Jurisdiction> items, Property<Jurisdiction> choice) {
        return box(id, items, choice, Jurisdiction::fullName);
    }

    private static <T> ComboBox<T> box(String id, ObservableList<T> items, Property<T> choice, Function<T, String> name) {
        ComboBox<T> b = new ComboBox<>(items);
        b.setId(id);
        b.setConverter(new StringConverter<>() {
            @Override
            public String toString(T x) {
                return x == null ? "" : name.apply(x);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        b.valueProperty().bindBidirectional(choice);
        return b;
    }
}
