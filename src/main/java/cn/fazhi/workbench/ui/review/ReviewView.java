package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.StoredSuggestion;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.workflow.ReviewValues;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import cn.fazhi.workbench.model.ValueCheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * A report and its values side by side. Every extracted value's sentence is highlighted in the text;
 * clicking a value scrolls to its sentence, clicking a highlight selects its value.
 */
public final class ReviewView {
    private final ReviewViewModel vm;
    private final VBox root;
    private final TextFlow flow = new TextFlow();
    private final ScrollPane textScroll = new ScrollPane(flow);
    private final TableView<StoredValue> table = new TableView<>();
    private final Map<Long, Text> highlightByValue = new HashMap<>();
    private final Map<Long, Text> highlightBySuggestion = new HashMap<>();
    private final TableView<StoredSuggestion> suggestionTable = new TableView<>();
    private final Label header = new Label();
    private final QueueViewModel queue;
    private final VBox queuePane;
    private final SplitPane split;
    private final javafx.scene.layout.StackPane textLayers;
    private final javafx.scene.Group marks = new javafx.scene.Group();
    private boolean queueMode;
    private Evidence marked;

    public ReviewView(AppWiring wiring, Runnable back) {
        vm = new ReviewViewModel(wiring);
        queue = new QueueViewModel(wiring);
        root = new VBox(8);
        root.setId("review-root");
        root.getProperties().put(cn.fazhi.workbench.ui.shell.MainWindow.VIEW, this);
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(14));

        Button backButton = new Button("← " + tr("review.back"));
        backButton.setId("review-back");
        backButton.setOnAction(e -> back.run());
        header.setId("review-header");
        header.getStyleClass().add("screen-title");
        Button setJurisdiction = new Button(tr("review.setJurisdiction"));
        setJurisdiction.setId("review-set-jurisdiction");
        setJurisdiction.setOnAction(e -> pickJurisdiction());
        Button setYear = new Button(tr("review.setYear"));
        setYear.setId("review-set-year");
        setYear.setOnAction(e -> askYear());
        HBox top = new HBox(10, backButton, header, setJurisdiction, setYear);
        top.setAlignment(Pos.CENTER_LEFT);
        vm.reportProperty().addListener((o, a, r) -> header.setText(r == null ? "" : tr("review.header",
                r.jurisdiction() == null ? tr("review.unknownJurisdiction") : r.jurisdiction().fullName(),
                r.year() == null ? "?" : String.valueOf(r.year()), r.title() == null ? r.sourceName() : r.title())));

        flow.setId("review-text");
        flow.getStyleClass().add("report-text");
        flow.setLineSpacing(4);
        marks.setManaged(false);
        marks.setMouseTransparent(true);
        textLayers = new javafx.scene.layout.StackPane(marks, flow);
        javafx.scene.layout.StackPane.setAlignment(flow, Pos.TOP_LEFT);
        textScroll.setContent(textLayers);
        flow.widthProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::markCurrent));
        textScroll.setFitToWidth(true);
        textScroll.setPadding(new Insets(10));
        vm.textProperty().addListener((o, a, b) -> rebuildText());
        vm.values().addListener((javafx.collections.ListChangeListener<StoredValue>) c -> rebuildText());

        table.setId("review-values");
        table.setItems(vm.values());
        table.setPlaceholder(new Label(tr("review.noValues")));
        table.getColumns().add(col(tr("review.col.indicator"), v -> indicatorName(v.value().indicator()), 170));
        table.getColumns().add(col(tr("review.col.value"), v -> cn.fazhi.workbench.ui.common.Numbers.withUnit(v.value().value(),
                "%".equals(v.value().unit()), marker(v), v.value().unit()), 100));
        table.getColumns().add(col(tr("review.col.status"), v -> tr("status." + v.status().id()), 70));
        table.getColumns().add(col(tr("review.col.notes"), v -> (v.value().derived() ? tr("review.derived") + " " : "")
                + (v.value().flags().contains("inconsistent") ? "⚠ " + tr("review.inconsistent") : ""), 110));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null && vm.selectedProperty().get() != v) {
                vm.selectedProperty().set(v);
            }
        });
        vm.selectedProperty().addListener((o, a, v) -> {
            if (v != null && table.getSelectionModel().getSelectedItem() != v) {
                table.getSelectionModel().select(v);
                table.scrollTo(v);
            }
            showSelected(v);
        });

        vm.suggestions().addListener((javafx.collections.ListChangeListener<StoredSuggestion>) c -> rebuildText());
        suggestionTable.setId("review-suggestions");
        suggestionTable.setItems(vm.suggestions());
        suggestionTable.setPlaceholder(new Label(tr("review.noSuggestions")));
        suggestionTable.setPrefHeight(130);
        suggestionTable.setMinHeight(112);
        suggestionTable.getColumns().add(scol(tr("review.col.indicator"), g -> indicatorName(g.value().indicator()), 150));
        suggestionTable.getColumns().add(scol(tr("review.col.value"), g -> g.value().value().toPlainString() + " " + g.value().unit(), 90));
        suggestionTable.getColumns().add(scol(tr("review.col.reason"), g -> reasons(g.value().flags()), 200));
        suggestionTable.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            vm.selectedSuggestionProperty().set(g);
            showSuggestion(g);
        });
        vm.selectedSuggestionProperty().addListener((o, a, g) -> {
            if (g != null && suggestionTable.getSelectionModel().getSelectedItem() != g) {
                suggestionTable.getSelectionModel().select(g);
                suggestionTable.scrollTo(g);
            }
        });
        Button accept = button("review-accept-suggestion", "✓ " + tr("review.acceptSuggestion"),
                () -> viaQueue(cn.fazhi.workbench.model.QueueItem.Kind.SUGGESTION, queue::accept, vm::acceptSuggestion));
        Button dismiss = button("review-dismiss-suggestion", "✗ " + tr("review.dismissSuggestion"),
                () -> viaQueue(cn.fazhi.workbench.model.QueueItem.Kind.SUGGESTION, queue::reject, vm::dismissSuggestion));
        accept.disableProperty().bind(vm.selectedSuggestionProperty().isNull());
        dismiss.disableProperty().bind(vm.selectedSuggestionProperty().isNull());
        suggestionTable.setOnKeyPressed(k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.S) {
                vm.acceptSuggestion();
            } else if (k.getCode() == javafx.scene.input.KeyCode.DELETE) {
                vm.dismissSuggestion();
            }
        });
        Label suggestionsTitle = new Label(tr("review.suggestions"));
        suggestionsTitle.getStyleClass().add("section-title");
        HBox suggestionActions = new HBox(6, accept, dismiss, ScanPageWindow.button(wiring, vm.reportProperty(), vm.selectedSuggestionProperty()));

        Button confirm = button("review-confirm", "✓ " + tr("review.confirm"),
                () -> viaQueue(cn.fazhi.workbench.model.QueueItem.Kind.VALUE, queue::confirm, vm::confirm));
        Button correct = button("review-correct", "✎ " + tr("review.correct"), this::askCorrection);
        Button reject = button("review-reject", "✗ " + tr("review.reject"),
                () -> viaQueue(cn.fazhi.workbench.model.QueueItem.Kind.VALUE, queue::reject, vm::reject));
        Button add = button("review-add", "+ " + tr("review.add"), this::askAdd);
        Button undo = button("review-undo", "↶ " + tr("review.undo"), () -> {
            if (queueMode && queue.undoDepthProperty().get() > 0) {
                queue.undo();
            } else {
                vm.undo();
            }
        });
        confirm.disableProperty().bind(vm.selectedProperty().isNull());
        correct.disableProperty().bind(vm.selectedProperty().isNull());
        reject.disableProperty().bind(vm.selectedProperty().isNull());
        undo.disableProperty().bind(vm.undoDepthProperty().isEqualTo(0).and(queue.undoDepthProperty().isEqualTo(0)));
        HBox actions = new HBox(6, confirm, correct, reject, add, undo);
        Label message = new Label();
        message.setId("review-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);

        ListView<AuditEntry> history = new ListView<>(vm.history());
        history.setId("review-history");
        history.setPrefHeight(100);
        history.setMinHeight(60);
        history.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AuditEntry a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : HistoryText.sentence(a));
            }
        });
        Label historyTitle = new Label(tr("review.history"));
        historyTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, table, actions, message, suggestionsTitle, suggestionTable, suggestionActions,
                historyTitle, history);
        VBox.setVgrow(table, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));

        split = new SplitPane(textScroll, right);
        split.setDividerPositions(0.56);
        VBox.setVgrow(split, Priority.ALWAYS);
        queuePane = new QueuePane(queue, this::indicatorName, ReviewView::reasons, vm::indicators).node();
        queue.currentProperty().addListener((o, a, i) -> {
            if (i != null && queueMode) {
                vm.show(i.reportId(), i.kind() == cn.fazhi.workbench.model.QueueItem.Kind.VALUE ? i.id() : null,
                        i.kind() == cn.fazhi.workbench.model.QueueItem.Kind.SUGGESTION ? i.id() : null);
            }
        });
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::queueKey);
        root.getChildren().addAll(top, split);
    }

    /**
     * In queue mode a button on the queue's current item acts through the queue (so it is counted and moves
     * on, like its key); on anything else, and outside the queue, through the review of the report.
     */
    private void viaQueue(cn.fazhi.workbench.model.QueueItem.Kind kind, Runnable inQueue, Runnable inReview) {
        var i = queue.currentProperty().get();
        boolean current = queueMode && i != null && i.kind() == kind && (kind == cn.fazhi.workbench.model.QueueItem.Kind.VALUE
                ? vm.selectedProperty().get() != null && vm.selectedProperty().get().id() == i.id()
                : vm.selectedSuggestionProperty().get() != null && vm.selectedSuggestionProperty().get().id() == i.id());
        (current ? inQueue : inReview).run();
    }

    /** The review screen as the 待审核 queue: the queue on the left, the keyboard drives it. */
    public void enterQueue() {
        if (!queueMode) {
            queueMode = true;
            split.getItems().add(0, queuePane);
            split.setDividerPositions(0.27, 0.64);
        }
        queue.load();
        root.requestFocus();
    }

    /** The review screen for one report (from the report list or a comparison). */
    public void leaveQueue() {
        if (queueMode) {
            queueMode = false;
            split.getItems().remove(queuePane);
            split.setDividerPositions(0.56);
        }
    }

    public QueueViewModel queueViewModel() {
        return queue;
    }

    /** Enter confirm, Delete reject/dismiss, E correct, S accept, J/K next/previous, Z undo — outside text fields. */
    private void queueKey(javafx.scene.input.KeyEvent k) {
        if (!queueMode || k.isShortcutDown() || k.isAltDown()
                || root.getScene() != null && root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        switch (k.getCode()) {
            case ENTER -> queue.confirm();
            case DELETE, BACK_SPACE -> queue.reject();
            case E -> askCorrection();
            case S -> queue.accept();
            case J, DOWN -> queue.next();
            case K, UP -> queue.previous();
            case Z -> queue.undo();
            default -> {
                return;
            }
        }
        k.consume();
    }

    private static javafx.scene.control.TableColumn<StoredSuggestion, String> scol(String title,
            java.util.function.Function<StoredSuggestion, String> f, double width) {
        javafx.scene.control.TableColumn<StoredSuggestion, String> c = new javafx.scene.control.TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The reasons for doubt in the window's language (the core gives codes). */
    static String reasons(List<String> flags) {
        List<String> words = new ArrayList<>();
        for (String f : flags) {
            String key = "reason." + f;
            if (cn.fazhi.workbench.ui.common.I18n.has(key)) {
                words.add(tr(key));
            }
        }
        return words.isEmpty() ? tr("reason.other") : String.join("；", words);
    }

    private static String marker(StoredValue v) {
        return switch (v.value().qualifier()) {
            case APPROX_OVER, AT_LEAST -> "≥";
            case APPROX -> "约";
            case AT_MOST -> "≤";
            case EXACT -> "";
        };
    }

    private String indicatorName(String code) {
        return vm.indicators().stream().filter(i -> i.code().equals(code)).map(Indicator::nameZh).findFirst().orElse(code);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<StoredValue, String> col(String name, Function<StoredValue, String> f, double width) {
        TableColumn<StoredValue, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The text as a flow of plain runs and highlighted evidence sentences. */
    private void rebuildText() {
        String text = vm.textProperty().get();
        flow.getChildren().clear();
        highlightByValue.clear();
        if (text == null || text.isEmpty()) {
            return;
        }
        List<StoredValue> withEvidence = new ArrayList<>();
        for (StoredValue v : vm.values()) {
            var e = v.value().evidence();
            if (e != null && e.start() >= 0 && e.end() <= text.length() && e.start() < e.end()) {
                withEvidence.add(v);
            }
        }
        withEvidence.sort(java.util.Comparator.comparingInt(v -> v.value().evidence().start()));
        int pos = 0;
        Text current = null;
        int currentEnd = -1;
        for (StoredValue v : withEvidence) {
            var e = v.value().evidence();
            if (current != null && e.start() < currentEnd) {
                highlightByValue.put(v.id(), current); // same sentence as the previous value
                continue;
            }
            if (e.start() > pos) {
                flow.getChildren().add(new Text(text.substring(pos, e.start())));
            }
            Text t = new Text(text.substring(e.start(), e.end()));
            t.getStyleClass().add("evidence");
            t.setOnMouseClicked(ev -> vm.selectedProperty().set(v));
            Tooltip.install(t, new Tooltip(indicatorName(v.value().indicator()) + "：" + v.value().value().toPlainString()
                    + v.value().unit()));
            flow.getChildren().add(t);
            highlightByValue.put(v.id(), t);
            current = t;
            currentEnd = e.end();
            pos = e.end();
        }
        if (pos < text.length()) {
            flow.getChildren().add(new Text(text.substring(pos)));
        }
        markSuggestions(text);
        marked = null;
        showSelected(vm.selectedProperty().get());
        if (vm.selectedSuggestionProperty().get() != null) {
            showSuggestion(vm.selectedSuggestionProperty().get());
        }
    }

    /**
     * Suggestions' sentences that are not a value's sentence too are marked apart (dotted), so that a
     * person sees where the doubted figures stand.
     */
    private void markSuggestions(String text) {
        highlightBySuggestion.clear();
        for (StoredSuggestion g : vm.suggestions()) {
            var e = g.value().evidence();
            if (e == null) {
                continue;
            }
            for (javafx.scene.Node n : List.copyOf(flow.getChildren())) {
                if (!(n instanceof Text t) || !t.getStyleClass().isEmpty()) {
                    continue;
                }
                String run = t.getText();
                int at = run.indexOf(e.sentence());
                if (at < 0) {
                    continue;
                }
                int i = flow.getChildren().indexOf(t);
                Text before = new Text(run.substring(0, at));
                Text marked = new Text(e.sentence());
                marked.getStyleClass().add("evidence-suggestion");
                Tooltip.install(marked, new Tooltip(tr("review.suggestion") + "：" + indicatorName(g.value().indicator())
                        + " " + g.value().value().toPlainString() + g.value().unit() + "（" + reasons(g.value().flags()) + "）"));
                marked.setOnMouseClicked(ev -> suggestionTable.getSelectionModel().select(g));
                Text after = new Text(run.substring(at + e.sentence().length()));
                flow.getChildren().set(i, after);
                flow.getChildren().add(i, marked);
                flow.getChildren().add(i, before);
                highlightBySuggestion.put(g.id(), marked);
                break;
            }
        }
    }

    private void showSuggestion(StoredSuggestion g) {
        highlightBySuggestion.values().forEach(t -> t.getStyleClass().remove("evidence-selected"));
        Text t = g == null ? null : highlightBySuggestion.get(g.id());
        if (t != null) {
            t.getStyleClass().add("evidence-selected");
        }
        if (g != null) {
            marked = g.value().evidence();
            javafx.application.Platform.runLater(this::markCurrent);
        }
    }

    private void showSelected(StoredValue v) {
        highlightByValue.values().forEach(t -> t.getStyleClass().remove("evidence-selected"));
        if (v == null) {
            if (vm.selectedSuggestionProperty().get() == null) {
                marked = null;
                marks.getChildren().clear();
            }
            return;
        }
        Text t = highlightByValue.get(v.id());
        if (t != null) {
            t.getStyleClass().add("evidence-selected");
        }
        marked = v.value().evidence();
        javafx.application.Platform.runLater(this::markCurrent);
    }

    /**
     * Marks the chosen figure: its number strongly, the rest of its sentence lightly (shapes drawn behind
     * the text from the evidence offsets), and scrolls so the number is in view a third from the top,
     * which leaves the lines above it (often its heading) visible.
     */
    private void markCurrent() {
        marks.getChildren().clear();
        Evidence e = marked;
        String text = vm.textProperty().get();
        if (e == null || text == null || e.start() < 0 || e.end() > text.length() || e.start() >= e.end()
                || flow.getChildren().isEmpty()) {
            return;
        }
        flow.applyCss();
        flow.layout();
        javafx.scene.shape.Path sentence = new javafx.scene.shape.Path(flow.rangeShape(e.start(), e.end()));
        sentence.getStyleClass().add("mark-sentence");
        marks.getChildren().add(sentence);
        javafx.scene.shape.Path target = sentence;
        if (e.valueStart() >= e.start() && e.valueEnd() <= e.end() && e.valueStart() < e.valueEnd()) {
            javafx.scene.shape.Path figure = new javafx.scene.shape.Path(flow.rangeShape(e.valueStart(), e.valueEnd()));
            figure.getStyleClass().add("mark-figure");
            figure.setId("review-figure-mark");
            marks.getChildren().add(figure);
            target = figure;
        }
        double contentHeight = textLayers.getBoundsInLocal().getHeight();
        double viewport = textScroll.getViewportBounds().getHeight();
        double y = target.getBoundsInLocal().getMinY();
        if (contentHeight > viewport) {
            textScroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
    }

    private void askCorrection() {
        StoredValue v = vm.selectedProperty().get();
        if (v == null) {
            return;
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(tr("review.correct"));
        d.setHeaderText(indicatorName(v.value().indicator()));
        TextField number = new TextField(v.value().value().toPlainString());
        number.setId("correct-value");
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            number.requestFocus();
            number.selectAll(); // the number preselected: typing replaces it
        }));
        TextField unit = new TextField(v.value().unit());
        unit.setId("correct-unit");
        ComboBox<Qualifier> qualifier = qualifierBox(v.value().qualifier());
        TextField note = new TextField();
        note.setId("correct-note");
        GridPane g = grid(new String[]{tr("review.field.value"), tr("review.field.unit"), tr("review.field.qualifier"),
                tr("review.field.note")}, number, unit, qualifier, note);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            BigDecimal n = ValueCheck.parse(number.getText()).orElse(null);
            if (n == null) {
                cn.fazhi.workbench.ui.common.Dialogs.info(root.getScene().getWindow(), tr("review.badNumber"), number.getText());
                return;
            }
            String noteText = note.getText().isBlank() ? null : note.getText().strip();
            var item = queue.currentProperty().get();
            if (queueMode && item != null && item.kind() == cn.fazhi.workbench.model.QueueItem.Kind.VALUE && item.id() == v.id()) {
                queue.correct(n, unit.getText().strip(), qualifier.getValue(), noteText);
            } else {
                vm.correct(n, unit.getText().strip(), qualifier.getValue(), noteText);
            }
        });
    }

    private void askAdd() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(tr("review.add"));
        d.setHeaderText(tr("review.addHint"));
        ComboBox<Indicator> indicator = new ComboBox<>();
        indicator.getItems().setAll(vm.indicators());
        indicator.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Indicator i) {
                return i == null ? "" : i.nameZh() + "（" + i.unit() + "）";
            }

            @Override
            public Indicator fromString(String s) {
                return null;
            }
        });
        TextField number = new TextField();
        ComboBox<Qualifier> qualifier = qualifierBox(Qualifier.EXACT);
        TextArea source = new TextArea(vm.textProperty().get());
        source.setEditable(false);
        source.setWrapText(true);
        source.setPrefRowCount(10);
        TextField note = new TextField();
        GridPane g = grid(new String[]{tr("review.field.indicator"), tr("review.field.value"), tr("review.field.qualifier"),
                tr("review.field.note")}, indicator, number, qualifier, note);
        VBox box = new VBox(8, g, new Label(tr("review.selectEvidence")), source);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK && indicator.getValue() != null).ifPresent(b -> {
            BigDecimal n = ValueCheck.parse(number.getText()).orElse(null);
            if (n == null) {
                cn.fazhi.workbench.ui.common.Dialogs.info(root.getScene().getWindow(), tr("review.badNumber"), number.getText());
                return;
            }
            String quote = source.getSelectedText();
            vm.add(indicator.getValue().code(), n, indicator.getValue().unit(), qualifier.getValue(),
                    quote == null || quote.isBlank() ? null : quote, note.getText().isBlank() ? null : note.getText().strip());
        });
    }

    private void pickJurisdiction() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(tr("review.setJurisdiction"));
        TextField search = new TextField();
        search.setId("jurisdiction-search");
        search.setPromptText(tr("review.searchJurisdiction"));
        ListView<Jurisdiction> list = new ListView<>();
        list.setId("jurisdiction-list");
        list.setPrefSize(420, 320);
        list.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Jurisdiction j, boolean empty) {
                super.updateItem(j, empty);
                setText(empty || j == null ? null : j.fullName() + (j.code() == null ? "" : "  " + j.code()));
            }
        });
        search.textProperty().addListener((o, a, q) -> list.getItems().setAll(ReviewValues.searchJurisdictions(q, 200)));
        list.getItems().setAll(ReviewValues.searchJurisdictions("", 200));
        d.getDialogPane().setContent(new VBox(8, search, list));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK && list.getSelectionModel().getSelectedItem() != null).ifPresent(b -> {
            Jurisdiction j = list.getSelectionModel().getSelectedItem();
            vm.setJurisdiction(j.code() != null ? j.code() : j.fullName());
        });
    }

    private void askYear() {
        TextInputDialog d = new TextInputDialog(vm.reportProperty().get() == null || vm.reportProperty().get().year() == null
                ? "" : String.valueOf(vm.reportProperty().get().year()));
        d.setTitle(tr("review.setYear"));
        d.setHeaderText(tr("review.setYearHint"));
        d.showAndWait().ifPresent(s -> {
            try {
                vm.setYear(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                cn.fazhi.workbench.ui.common.Dialogs.info(root.getScene().getWindow(), tr("review.badNumber"), s);
            }
        });
    }

    private static ComboBox<Qualifier> qualifierBox(Qualifier initial) {
        ComboBox<Qualifier> q = new ComboBox<>();
        q.getItems().setAll(Qualifier.values());
        q.setValue(initial);
        q.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Qualifier x) {
                return x == null ? "" : tr("qualifier." + x.id());
            }

            @Override
            public Qualifier fromString(String s) {
                return null;
            }
        });
        return q;
    }

    private static GridPane grid(String[] labels, Node... fields) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        for (int k = 0; k < labels.length; k++) {
            g.add(new Label(labels[k]), 0, k);
            g.add(fields[k], 1, k);
        }
        return g;
    }

    public ReviewViewModel viewModel() {
        return vm;
    }

    public Node node() {
        return root;
    }

    public void open(long reportId, Long valueId) {
        vm.open(reportId, valueId);
    }
}
