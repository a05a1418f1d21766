package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.QueueItem;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.text.DecimalFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** The left side of the review screen in queue mode: filters, the counter, the queue and its keys. */
final class QueuePane {
    private final VBox root = new VBox(6);
    /** About the half of the pane the city box gets beside the year box (its column's share decides). */
    static final double CITY_PREF_WIDTH = 120;

    private final QueueViewModel queue;
    private final Function<String, String> indicatorName;
    private AcrossReportsView across;

    QueuePane(QueueViewModel queue, Function<String, String> indicatorName, Function<List<String>, String> reasons,
              Supplier<List<Indicator>> indicators) {
        this.queue = queue;
        this.indicatorName = indicatorName;
        root.setId("queue-pane");
        root.setPadding(new Insets(0, 8, 0, 0));
        root.setMinWidth(250);

        ComboBox<Integer> year = box("queue-year", queue.years(), y -> y == null ? tr("queue.anyYear") : y + tr("queue.yearSuffix"));
        year.valueProperty().bindBidirectional(queue.yearProperty());
        ComboBox<String> city = box("queue-city", queue.cities(), c -> c == null ? tr("queue.anyCity") : c);
        city.valueProperty().bindBidirectional(queue.cityProperty());
        // Its column gives it half the pane whatever it prefers; left computed, that preference is a measured
        // cell for every city it offers (some 300 at 2,700 reports) at each layout, as the 地区 tree's box was.
        city.setPrefWidth(CITY_PREF_WIDTH);
        ComboBox<String> indicator = new ComboBox<>();
        indicator.setId("queue-indicator");
        indicator.setMaxWidth(Double.MAX_VALUE);
        cells(indicator, c -> c == null ? tr("queue.anyIndicator") : indicatorName.apply(c));
        Runnable fillIndicators = () -> {
            if (indicator.getItems().size() <= 1) {
                List<String> codes = new java.util.ArrayList<>();
                codes.add(null);
                indicators.get().forEach(i -> codes.add(i.code()));
                indicator.getItems().setAll(codes);
            }
        };
        fillIndicators.run();
        indicator.setOnShowing(e -> fillIndicators.run());
        indicator.valueProperty().bindBidirectional(queue.indicatorProperty());
        ComboBox<QueueStatusFilter> status = new ComboBox<>();
        status.setId("queue-status");
        status.setMaxWidth(Double.MAX_VALUE);
        status.getItems().setAll(QueueStatusFilter.values());
        status.setConverter(converter(f -> f == null ? "" : tr("queue.status." + f.id())));
        status.valueProperty().bindBidirectional(queue.statusProperty());

        ComboBox<String> reason = box("queue-reason", queue.reasons(),
                r -> r == null ? tr("queue.anyReason") : reasons.apply(List.of(r)));
        reason.valueProperty().bindBidirectional(queue.reasonProperty());

        GridPane filters = new GridPane();
        filters.setHgap(6);
        filters.setVgap(4);
        filters.addRow(0, year, city);
        filters.add(indicator, 0, 1, 2, 1);
        filters.add(status, 0, 2, 2, 1);
        filters.add(reason, 0, 3, 2, 1);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        filters.getColumnConstraints().addAll(half, half);

        Label counter = new Label();
        counter.setId("queue-counter");
        counter.getStyleClass().add("section-title");
        counter.textProperty().bind(queue.counterProperty());

        ListView<QueueProgress.Line> progress = new ListView<>(queue.progress());
        progress.setId("queue-progress");
        progress.setFocusTraversable(false);
        progress.setPrefHeight(92);
        progress.setMinHeight(60);
        progress.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(QueueProgress.Line l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : progressLine(l));
            }
        });

        DecimalFormat numbers = new DecimalFormat("#,##0.######");
        ListView<QueueItem> list = new ListView<>(queue.items());
        list.setId("queue-list");
        list.setFocusTraversable(false); // keys go to the queue, not to the list's own navigation
        list.setCellFactory(lv -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap in the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(QueueItem i, boolean empty) {
                super.updateItem(i, empty);
                getStyleClass().removeAll("queue-suggestion", "queue-flagged", "queue-done");
                if (empty || i == null) {
                    setText(null);
                    return;
                }
                String place = (i.jurisdiction() == null ? tr("review.unknownJurisdiction") : shortName(i.jurisdiction()))
                        + " " + (i.year() == null ? "?" : i.year());
                String what = indicatorName.apply(i.indicator()) + " " + numbers.format(i.value()) + " " + i.unit();
                String why = i.kind() == QueueItem.Kind.SUGGESTION ? "\n" + tr("review.suggestion") + "：" + reasons.apply(i.flags())
                        : i.flags().isEmpty() ? "" : "\n⚠ " + (i.flags().contains("inconsistent") ? FigureWords.disagreement(i.flags())
                        : reasons.apply(i.flags()));
                String mark = i.reviewed() ? "✓ " : i.kind() == QueueItem.Kind.SUGGESTION ? "？ " : i.flagged() ? "⚠ " : "";
                setText(mark + place + " · " + what + why + (i.reviewed() ? "（" + statusWord(i) + "）" : ""));
                getStyleClass().add(i.reviewed() ? "queue-done" : i.kind() == QueueItem.Kind.SUGGESTION ? "queue-suggestion"
                        : i.flagged() ? "queue-flagged" : "queue-plain");
            }
        });
        list.setPlaceholder(new Label(tr("queue.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null && i != queue.currentProperty().get()) {
                queue.select(i);
            }
        });
        queue.currentProperty().addListener((o, a, i) -> {
            if (i != null && list.getSelectionModel().getSelectedItem() != i) {
                list.getSelectionModel().select(i);
                int at = list.getSelectionModel().getSelectedIndex();
                list.scrollTo(Math.max(0, at - 3));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label keys = new Label(tr("queue.keys"));
        keys.setId("queue-keys");
        keys.setWrapText(true);
        keys.getStyleClass().add("queue-keys");
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every key shown: the list gives way, not the keys
        Label message = new Label();
        message.setId("queue-message");
        message.setWrapText(true);
        message.textProperty().bind(queue.messageProperty());
        javafx.scene.control.Button acrossButton = new javafx.scene.control.Button(tr("across.open"));
        acrossButton.setId("queue-across");
        acrossButton.setMaxWidth(Double.MAX_VALUE);
        acrossButton.setFocusTraversable(false);
        acrossButton.setOnAction(e -> showAcross());
        root.getChildren().addAll(filters, counter, progress, acrossButton, list, keys, message);
    }

    /** X: the current indicator across the reports of the year, in a window beside the review. */
    void showAcross() {
        if (across == null) {
            across = new AcrossReportsView(root.getScene() == null ? null : root.getScene().getWindow(), indicatorName,
                    queue::reveal);
        }
        // the indicator chosen in the filter (else the current item's) of the year chosen (else the current item's),
        // in the 地市 chosen (else everywhere); says why when there is no indicator or year
        QueueItem i = queue.currentProperty().get();
        String ind = queue.indicatorProperty().get() != null ? queue.indicatorProperty().get() : i == null ? null : i.indicator();
        Integer y = queue.yearProperty().get() != null ? queue.yearProperty().get() : i == null ? null : i.year();
        if (ind == null || y == null) {
            queue.say(tr("across.noScope"));
            return;
        }
        across.show(queue.wiring(), ind, y, queue.cityProperty().get());
    }

    AcrossReportsView acrossView() {
        return across;
    }

    /** "2022年　已审核 12 / 80" or "宜春市　已审核 3 / 41". */
    static String progressLine(QueueProgress.Line l) {
        String name = l.scope() == QueueProgress.Scope.YEAR
                ? (l.name() == null ? tr("queue.noYear") : l.name() + tr("queue.yearSuffix"))
                : (l.name() == null ? tr("queue.noCity") : l.name());
        return name + "　" + tr("queue.counter", String.format("%,d", l.reviewed()), String.format("%,d", l.total()));
    }

    private static String statusWord(QueueItem i) {
        return i.kind() == QueueItem.Kind.VALUE ? tr("status." + i.status()) : tr("queue.suggestion." + i.status());
    }

    /** 江西省宜春市袁州区 → 宜春市袁州区: the province is in the filter and takes room. */
    private static String shortName(String fullName) {
        int at = fullName.indexOf('省');
        if (at < 0) {
            at = fullName.indexOf("自治区");
            at = at < 0 ? -1 : at + 2;
        }
        return at >= 0 && at + 1 < fullName.length() ? fullName.substring(at + 1) : fullName;
    }

    private static <T> ComboBox<T> box(String id, javafx.collections.ObservableList<T> options, Function<T, String> words) {
        ComboBox<T> b = new ComboBox<>();
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        // null first: "any"
        javafx.collections.ObservableList<T> items = javafx.collections.FXCollections.observableArrayList();
        Runnable fill = () -> {
            java.util.List<T> l = new java.util.ArrayList<>();
            l.add(null);
            l.addAll(options);
            items.setAll(l);
        };
        fill.run();
        options.addListener((javafx.collections.ListChangeListener<T>) c -> fill.run());
        b.setItems(items);
        cells(b, words);
        return b;
    }

    /** Cells that word every item, "any" (null) included. */
    private static <T> void cells(ComboBox<T> b, Function<T, String> words) {
        b.setConverter(converter(words));
        b.setCellFactory(lv -> cell(words));
        b.setButtonCell(cell(words));
    }

    private static <T> ListCell<T> cell(Function<T, String> words) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty && t == null && getListView() != null ? null : words.apply(t));
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return words.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    VBox node() {
        return root;
    }
}
