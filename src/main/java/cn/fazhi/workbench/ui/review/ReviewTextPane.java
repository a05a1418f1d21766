package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.StoredSuggestion;
import cn.fazhi.workbench.model.StoredValue;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The report's text with every value's sentence highlighted (clicking one selects its value) and the
 * suggestions' sentences marked apart; the chosen figure is marked strongly, its sentence lightly, and
 * scrolled into view. Text can be selected ({@link TextSelection}); its menu adds the selected figure as a
 * value (添加为指标值…) or copies it. A text far longer than a report is shown a stretch at a time
 * ({@link TextWindow}), with a bar to move through it; choosing a figure elsewhere moves the stretch to it.
 */
final class ReviewTextPane {
    private final ReviewViewModel vm;
    private final Function<String, String> indicatorName;
    private final Consumer<StoredSuggestion> selectSuggestion;
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(scroll);
    private final javafx.scene.control.Label windowWords = new javafx.scene.control.Label();
    private final javafx.scene.control.Button previousStretch = new javafx.scene.control.Button(tr("review.window.previous"));
    private final javafx.scene.control.Button nextStretch = new javafx.scene.control.Button(tr("review.window.next"));
    private final javafx.scene.layout.HBox windowBar = new javafx.scene.layout.HBox(8, windowWords, previousStretch, nextStretch);
    /** The stretch of the text in the flow, and the text it was cut from (a new report starts at its beginning). */
    private TextWindow shown = new TextWindow(0, 0);
    private String shownOf;
    /** The person moved through the text with the bar: the stretch stays until another figure is chosen. */
    private boolean movedByHand;
    private boolean rebuilding;
    private final StackPane layers;
    private final Group marks = new Group();
    private final TextSelection selection;
    private final Map<Long, Text> highlightByValue = new HashMap<>();
    private final Map<Long, Text> highlightBySuggestion = new HashMap<>();
    private Evidence marked;
    /** Set while a click in the text selects a value: its figure is in view already, so the text stays put. */
    private boolean keepScroll;
    private boolean scrollOnMark = true;
    private boolean rebuildPending;

    ReviewTextPane(ReviewViewModel vm, Function<String, String> indicatorName, Consumer<StoredSuggestion> selectSuggestion,
                   Runnable addSelected) {
        this.vm = vm;
        this.indicatorName = indicatorName;
        this.selectSuggestion = selectSuggestion;
        flow.setId("review-text");
        flow.getStyleClass().add("report-text");
        flow.setLineSpacing(4);
        marks.setManaged(false);
        marks.setMouseTransparent(true);
        selection = new TextSelection(flow, vm.textProperty()::get, () -> shown);
        layers = new StackPane(marks, selection.layer(), flow);
        menu(addSelected);
        StackPane.setAlignment(flow, Pos.TOP_LEFT);
        scroll.setContent(layers);
        flow.widthProperty().addListener((o, a, b) -> Platform.runLater(this::markCurrent));
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(10));
        windowBar.setId("review-text-window");
        windowBar.setAlignment(Pos.CENTER_LEFT);
        windowBar.setPadding(new Insets(4, 8, 4, 8));
        windowBar.getStyleClass().add("text-window-bar");
        windowWords.setTooltip(new Tooltip(tr("review.window.why")));
        windowWords.setMinWidth(0);
        javafx.scene.layout.HBox.setHgrow(windowWords, javafx.scene.layout.Priority.ALWAYS);
        windowWords.setMaxWidth(Double.MAX_VALUE);
        previousStretch.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        nextStretch.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        previousStretch.setOnAction(e -> moveByHand(shown.previous(vm.textProperty().get())));
        nextStretch.setOnAction(e -> moveByHand(shown.next(vm.textProperty().get())));
        pane.setTop(null);
        vm.textProperty().addListener((o, a, b) -> requestRebuild());
        vm.values().addListener((ListChangeListener<StoredValue>) c -> requestRebuild());
        vm.suggestions().addListener((ListChangeListener<StoredSuggestion>) c -> requestRebuild());
    }

    Node node() {
        return pane;
    }

    TextSelection selection() {
        return selection;
    }

    /** Right click: add the selected figure as a value (A), copy it (Ctrl+C). */
    private void menu(Runnable addSelected) {
        javafx.scene.control.MenuItem add = new javafx.scene.control.MenuItem(tr("review.addSelected") + "（A）");
        add.setId("review-text-add");
        add.setOnAction(e -> addSelected.run());
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem(tr("review.copy") + "（Ctrl+C）");
        copy.setOnAction(e -> selection.copy());
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(add, copy);
        menu.setOnShowing(e -> {
            add.setDisable(!selection.hasSelection());
            copy.setDisable(!selection.hasSelection());
        });
        flow.setOnContextMenuRequested(e -> menu.show(flow, e.getScreenX(), e.getScreenY()));
    }

    /**
     * Builds the text anew once the current change is complete: a new report changes its text, values and
     * suggestions one after the other, and building (and laying out) a long text three times cost more than
     * anything else in moving to the next item.
     */
    private void requestRebuild() {
        if (!rebuildPending) {
            rebuildPending = true;
            Platform.runLater(() -> {
                rebuildPending = false;
                rebuild();
            });
        }
    }

    /** The bar's buttons: another stretch of a long text, from its top. */
    private void moveByHand(TextWindow w) {
        if (!w.equals(shown)) {
            movedByHand = true;
            shown = w;
            rebuild();
            scroll.setVvalue(0);
        }
    }

    /** The stretch for the text now: the one shown if the text is the same, else its beginning (or all of it). */
    private TextWindow windowFor(String text) {
        if (!text.equals(shownOf)) { // another report's text
            shownOf = text;
            shown = TextWindow.startingAt(text, 0);
            movedByHand = false;
        }
        return shown;
    }

    private void showWindowBar(String text) {
        boolean cut = text != null && shown.cuts(text);
        pane.setTop(cut ? windowBar : null);
        if (cut) {
            windowWords.setText(tr("review.window.words", String.format("%,d", text.length()),
                    String.format("%,d", shown.from() + 1), String.format("%,d", shown.to())));
            previousStretch.setDisable(shown.from() == 0);
            nextStretch.setDisable(shown.to() >= text.length());
        }
    }

    /** The text (or the stretch of it shown) as a flow of plain runs and highlighted evidence sentences. */
    private void rebuild() {
        String text = vm.textProperty().get();
        flow.getChildren().clear();
        highlightByValue.clear();
        selection.clear(); // its offsets were into the text as it was
        if (text == null || text.isEmpty()) {
            shownOf = text;
            shown = TextWindow.whole(text);
            showWindowBar(null);
            return;
        }
        TextWindow w = windowFor(text);
        showWindowBar(text);
        List<StoredValue> withEvidence = new ArrayList<>();
        for (StoredValue v : vm.values()) {
            var e = v.value().evidence();
            if (e != null && e.start() >= 0 && e.end() <= text.length() && e.start() < e.end() && w.holds(e.start(), e.end())) {
                withEvidence.add(v);
            }
        }
        withEvidence.sort(Comparator.comparingInt(v -> v.value().evidence().start()));
        int pos = w.from();
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
            t.setOnMouseClicked(ev -> {
                if (ev.isStillSincePress() && !selection.hasSelection()) { // a drag or double-click selects text instead
                    clicked(ev, v);
                }
            });
            tooltipOnHover(t, () -> indicatorName.apply(v.value().indicator()) + "：" + v.value().value().toPlainString()
                    + v.value().unit());
            flow.getChildren().add(t);
            highlightByValue.put(v.id(), t);
            current = t;
            currentEnd = e.end();
            pos = e.end();
        }
        if (pos < w.to()) {
            flow.getChildren().add(new Text(text.substring(pos, w.to())));
        }
        markSuggestions();
        marked = null;
        rebuilding = true; // marks again what was chosen, without undoing a move through the text by hand
        try {
            showSelected(vm.selectedProperty().get());
            if (vm.selectedSuggestionProperty().get() != null) {
                showSuggestion(vm.selectedSuggestionProperty().get());
            }
        } finally {
            rebuilding = false;
        }
    }

    /**
     * A tooltip made when the mouse first comes over the sentence: a tooltip is a popup window with a scene of
     * its own, and making one for every sentence each time a report is shown cost more than the text itself.
     */
    private static void tooltipOnHover(Text t, java.util.function.Supplier<String> words) {
        t.setOnMouseEntered(e -> {
            t.setOnMouseEntered(null);
            Tooltip tip = new Tooltip(words.get());
            Tooltip.install(t, tip);
        });
    }

    /**
     * A click on a highlighted sentence selects the value whose figure was clicked (a sentence often holds
     * several), else the sentence's first; the text does not scroll, the figure is where the person clicked.
     */
    private void clicked(javafx.scene.input.MouseEvent ev, StoredValue first) {
        int at = shown.from() + flow.hitTest(flow.sceneToLocal(ev.getSceneX(), ev.getSceneY())).getCharIndex();
        StoredValue chosen = vm.values().stream().filter(x -> x.value().evidence() != null
                        && x.value().evidence().valueStart() <= at && at < x.value().evidence().valueEnd())
                .min(Comparator.comparing(x -> x.value().derived())).orElse(first); // the stated figure before one worked out from it
        keepScroll = true;
        vm.selectedProperty().set(chosen);
        keepScroll = false;
    }

    /**
     * Suggestions' sentences that are not a value's sentence too are marked apart (dotted), so that a
     * person sees where the doubted figures stand.
     */
    private void markSuggestions() {
        highlightBySuggestion.clear();
        for (StoredSuggestion g : vm.suggestions()) {
            var e = g.value().evidence();
            if (e == null) {
                continue;
            }
            for (Node n : List.copyOf(flow.getChildren())) {
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
                Text mark = new Text(e.sentence());
                mark.getStyleClass().add("evidence-suggestion");
                tooltipOnHover(mark, () -> tr("review.suggestion") + "：" + indicatorName.apply(g.value().indicator())
                        + " " + g.value().value().toPlainString() + g.value().unit() + "（" + FigureWords.reasons(g.value().flags()) + "）");
                mark.setOnMouseClicked(ev -> {
                    if (ev.isStillSincePress() && !selection.hasSelection()) {
                        keepScroll = true;
                        selectSuggestion.accept(g);
                        keepScroll = false;
                    }
                });
                // no empty runs: an empty Text in a TextFlow shifted the next run's styling by one character (the
                // sentence's first character stayed plain when it followed another highlighted sentence)
                String rest = run.substring(at + e.sentence().length());
                flow.getChildren().remove(i);
                if (!rest.isEmpty()) {
                    flow.getChildren().add(i, new Text(rest));
                }
                flow.getChildren().add(i, mark);
                if (at > 0) {
                    flow.getChildren().add(i, before);
                }
                highlightBySuggestion.put(g.id(), mark);
                break;
            }
        }
    }

    void showSuggestion(StoredSuggestion g) {
        highlightBySuggestion.values().forEach(t -> t.getStyleClass().remove("evidence-selected"));
        Text t = g == null ? null : highlightBySuggestion.get(g.id());
        if (t != null) {
            t.getStyleClass().add("evidence-selected");
        }
        if (g != null) {
            movedByHand &= rebuilding;
            marked = g.value().evidence();
            scrollOnMark = !keepScroll;
            Platform.runLater(this::markCurrent);
        }
    }

    void showSelected(StoredValue v) {
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
        movedByHand &= rebuilding;
        marked = v.value().evidence();
        scrollOnMark = !keepScroll;
        Platform.runLater(this::markCurrent);
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
                || flow.getChildren().isEmpty() || !text.equals(shownOf)) {
            return;
        }
        if (!shown.holds(e.start(), e.end())) {
            if (movedByHand) {
                return; // the person is reading another stretch
            }
            shown = TextWindow.around(text, e.start(), e.end()); // the chosen figure is in another stretch
            rebuild(); // marks it again, through showSelected or showSuggestion
            return;
        }
        int from = shown.from();
        flow.applyCss();
        flow.layout();
        Path sentence = new Path(flow.rangeShape(e.start() - from, e.end() - from));
        sentence.getStyleClass().add("mark-sentence");
        marks.getChildren().add(sentence);
        Path target = sentence;
        if (e.valueStart() >= e.start() && e.valueEnd() <= e.end() && e.valueStart() < e.valueEnd()) {
            Path figure = new Path(flow.rangeShape(e.valueStart() - from, e.valueEnd() - from));
            figure.getStyleClass().add("mark-figure");
            figure.setId("review-figure-mark");
            marks.getChildren().add(figure);
            target = figure;
        }
        if (!scrollOnMark) {
            scrollOnMark = true;
            return;
        }
        double contentHeight = layers.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = target.getBoundsInLocal().getMinY();
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
    }
}
