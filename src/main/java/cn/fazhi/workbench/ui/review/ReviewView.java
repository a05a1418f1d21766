package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.StoredSuggestion;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Navigator;
import cn.fazhi.workbench.ui.common.Screen;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;
import static cn.fazhi.workbench.ui.review.ReviewControls.button;
import static cn.fazhi.workbench.ui.review.ReviewControls.column;

/**
 * A report and its values side by side ({@link ReviewTextPane} shows the text, {@link ReviewDialogs} asks
 * for corrections, additions, jurisdiction and year). Every extracted value's sentence is highlighted in
 * the text; clicking a value scrolls to its sentence, clicking a highlight selects its value. Shown from
 * the rail it is the 待审核 queue ({@link QueuePane} on its left, the keyboard drives it).
 */
public final class ReviewView implements Screen {
    private final ReviewViewModel vm;
    private final VBox root;
    private final TableView<StoredValue> table = new TableView<>();
    private final TableView<StoredSuggestion> suggestionTable = new TableView<>();
    private final Label header = new Label();
    private final QueueViewModel queue;
    private final VBox queuePane;
    private final QueuePane queueSide;
    private final SplitPane split;
    private final ReviewTextPane text;
    private final AddFromText adder;
    private boolean queueMode;

    public ReviewView(AppWiring wiring, Navigator navigator) {
        vm = new ReviewViewModel(wiring);
        queue = new QueueViewModel(wiring);
        root = new VBox(8);
        root.setId("review-root");
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(14));

        Button backButton = new Button("← " + tr("review.back"));
        backButton.setId("review-back");
        backButton.setOnAction(e -> navigator.go("reports"));
        header.setId("review-header");
        header.getStyleClass().add("screen-title");
        Button setJurisdiction = new Button(tr("review.setJurisdiction"));
        setJurisdiction.setId("review-set-jurisdiction");
        setJurisdiction.setOnAction(e -> ReviewDialogs.jurisdiction()
                .ifPresent(j -> vm.setJurisdiction(j.code() != null ? j.code() : j.fullName())));
        Button setYear = new Button(tr("review.setYear"));
        setYear.setId("review-set-year");
        setYear.setOnAction(e -> ReviewDialogs.year(window(), vm.reportProperty().get() == null ? null
                : vm.reportProperty().get().year()).ifPresent(vm::setYear));
        // a report-level step, beside the other report-level ones (the value buttons have no room to spare)
        Button confirmReport = button("review-confirm-report", "✓✓ " + tr("review.confirmReportShort"), this::askConfirmReport);
        confirmReport.setTooltip(new javafx.scene.control.Tooltip(tr("review.confirmReport") + "（Ctrl+Enter）"));
        confirmReport.disableProperty().bind(vm.reportProperty().isNull());
        Button details = button("review-details", tr("details.button"), () -> {
            if (vm.reportProperty().get() != null) {
                cn.fazhi.workbench.ui.details.ReportDetailsDialog.ask(window(), vm.reportProperty().get())
                        .ifPresent(vm::saveDetails);
            }
        });
        details.disableProperty().bind(vm.reportProperty().isNull());
        HBox top = new HBox(10, backButton, header, setJurisdiction, setYear, details, confirmReport);
        // a long title gives way (it ends in …), the buttons keep their words
        header.setMinWidth(0);
        HBox.setHgrow(header, Priority.ALWAYS);
        header.setMaxWidth(Double.MAX_VALUE);
        for (Button b : List.of(backButton, setJurisdiction, setYear, details, confirmReport)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        top.setAlignment(Pos.CENTER_LEFT);
        vm.reportProperty().addListener((o, a, r) -> header.setText(r == null ? "" : tr("review.header",
                r.jurisdiction() == null ? tr("review.unknownJurisdiction") : r.jurisdiction().fullName(),
                r.year() == null ? "?" : String.valueOf(r.year()), r.title() == null ? r.sourceName() : r.title())));

        text = new ReviewTextPane(vm, this::indicatorName, g -> suggestionTable.getSelectionModel().select(g), this::addSelected);
        adder = new AddFromText(vm, text.selection(), this::window);

        table.setId("review-values");
        table.setItems(vm.values());
        table.setPlaceholder(new Label(tr("review.noValues")));
        table.getColumns().add(column(tr("review.col.indicator"), v -> indicatorName(v.value().indicator()), 170));
        table.getColumns().add(column(tr("review.col.value"), v -> cn.fazhi.workbench.ui.common.Numbers.withUnit(v.value().value(),
                "%".equals(v.value().unit()), FigureWords.marker(v), v.value().unit()), 100));
        table.getColumns().add(column(tr("review.col.status"), v -> tr("status." + v.status().id()), 70));
        table.getColumns().add(column(tr("review.col.notes"), v -> (v.value().derived() ? tr("review.derived") + " " : "")
                + (FigureWords.disagreement(v.value().flags()).isEmpty() ? "" : "⚠ " + FigureWords.disagreement(v.value().flags())), 110));
        table.getColumns().add(column(tr("review.col.page"), v -> vm.pageOf(v.value().evidence()), 56));
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
            text.showSelected(v);
        });

        suggestionTable.setId("review-suggestions");
        suggestionTable.setItems(vm.suggestions());
        suggestionTable.setPlaceholder(new Label(tr("review.noSuggestions")));
        suggestionTable.setPrefHeight(130);
        suggestionTable.setMinHeight(112);
        suggestionTable.getColumns().add(column(tr("review.col.indicator"), g -> indicatorName(g.value().indicator()), 150));
        suggestionTable.getColumns().add(column(tr("review.col.value"), g -> g.value().value().toPlainString() + " " + g.value().unit(), 90));
        suggestionTable.getColumns().add(column(tr("review.col.reason"), g -> FigureWords.reasons(g.value().flags()), 200));
        suggestionTable.getColumns().add(column(tr("review.col.page"), g -> vm.pageOf(g.value().evidence()), 56));
        suggestionTable.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            vm.selectedSuggestionProperty().set(g);
            text.showSuggestion(g);
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
        Button add = button("review-add", "+ " + tr("review.add"), this::addSelected);
        add.setTooltip(new javafx.scene.control.Tooltip(tr("review.selectFirst")));
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
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a hint in full, not cut to one line

        ListView<AuditEntry> history = ReviewControls.history(vm.history());
        Label historyTitle = new Label(tr("review.history"));
        historyTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, table, actions, message, suggestionsTitle, suggestionTable, suggestionActions,
                historyTitle, history);
        VBox.setVgrow(table, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));

        split = new SplitPane(text.node(), right);
        split.setDividerPositions(0.56);
        VBox.setVgrow(split, Priority.ALWAYS);
        queueSide = new QueuePane(queue, this::indicatorName, FigureWords::reasons, vm::indicators);
        queuePane = queueSide.node();
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

    /** X: 各地对照 for the queue's indicator and year. */
    public void showAcross() {
        queueSide.showAcross();
    }

    /** Selects a figure nobody took yet, as a double-click on it does (for the screenshot tour). */
    public void selectNextFigure() {
        adder.selectNextFigure();
    }

    /** 各地对照 once opened (X), else null; for tests. */
    public javafx.stage.Stage acrossStage() {
        return queueSide.acrossView() == null ? null : queueSide.acrossView().stage();
    }

    public QueueViewModel queueViewModel() {
        return queue;
    }

    /**
     * Enter confirm, Delete reject/dismiss, E correct, S accept, J/K next/previous, Z undo — outside text fields;
     * A adds the figure selected in the report's text (also outside the queue), Ctrl+C copies it.
     */
    private void queueKey(javafx.scene.input.KeyEvent k) {
        if (k.getCode() == javafx.scene.input.KeyCode.ENTER && k.isShortcutDown()) {
            k.consume();
            askConfirmReport();
            return;
        }
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        if (!typing && adder.key(k)) {
            return;
        }
        if (!queueMode || k.isShortcutDown() || k.isAltDown() || typing) {
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
            case X -> queueSide.showAcross();
            default -> {
                return;
            }
        }
        k.consume();
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** A / 添加为指标值… (public for the screenshot tour): the figure selected in the text becomes a value. */
    public void addSelected() {
        adder.add();
    }

    /** Ctrl+Enter: after reading the report, confirms its other values in one step, once the person agrees. */
    private void askConfirmReport() {
        var r = vm.reportProperty().get();
        if (r != null && ReviewDialogs.confirmReport(window(), cn.fazhi.workbench.model.ReportConfirmation.plan(r.id(),
                vm.values(), vm.suggestions().size()))) {
            var item = queue.currentProperty().get();
            if (queueMode && item != null && item.reportId() == r.id()) {
                queue.confirmReport();
            } else {
                vm.confirmReport();
            }
        }
    }

    /** Corrects the selected value: through the queue when it is the queue's current item (counted, moves on). */
    private void askCorrection() {
        StoredValue v = vm.selectedProperty().get();
        if (v == null) {
            return;
        }
        ReviewDialogs.correction(window(), v, indicatorName(v.value().indicator())).ifPresent(c -> {
            var item = queue.currentProperty().get();
            if (queueMode && item != null && item.kind() == cn.fazhi.workbench.model.QueueItem.Kind.VALUE && item.id() == v.id()) {
                queue.correct(c.value(), c.unit(), c.qualifier(), c.note());
            } else {
                vm.correct(c.value(), c.unit(), c.qualifier(), c.note());
            }
        });
    }

    private String indicatorName(String code) {
        return vm.indicators().stream().filter(i -> i.code().equals(code)).map(Indicator::nameZh).findFirst().orElse(code);
    }

    public ReviewViewModel viewModel() {
        return vm;
    }

    /** Shown from the rail, this view is the 待审核 queue (a report opened from elsewhere leaves queue mode). */
    @Override
    public void refresh() {
        enterQueue();
    }

    @Override
    public Node node() {
        return root;
    }

    public void open(long reportId, Long valueId) {
        vm.open(reportId, valueId);
    }
}
