package cn.fazhi.workbench.ui.catalogue;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.workflow.Catalogues;
import cn.fazhi.workbench.workflow.ReextractReports;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 指标库's state and commands: the indicators in force, and the steps that change them (a copy out, a copy
 * in, back to the bundled catalogue, a new indicator, re-extraction of every report), each in the
 * background, saying what it did in {@link #messageProperty()}.
 */
public final class CatalogueViewModel {
    private final AppWiring wiring;
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private BiConsumer<String, Throwable> onFailure = (what, t) -> message.set(CatalogueWords.explain(t));

    public CatalogueViewModel(AppWiring wiring) {
        this.wiring = wiring;
        wiring.sessionProperty().addListener((o, a, b) -> showIndicators());
        showIndicators();
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Where a failed step is told (the view shows a dialog; by default the message line says it). */
    public void onFailure(BiConsumer<String, Throwable> handler) {
        this.onFailure = handler;
    }

    /** The catalogue's areas (code → name) and topics (code → words), for the new-indicator form; empty without a workspace. */
    public Map<String, String> areas() {
        return wiring.session() == null ? Map.of() : wiring.session().catalogue().groups();
    }

    public Map<String, String> topics() {
        return wiring.session() == null ? Map.of() : wiring.session().catalogue().topics();
    }

    public String areaName(Indicator i) {
        return areas().getOrDefault(i.group(), i.group());
    }

    /**
     * The words that make a figure of {@code i} only a part of the whole: its topic's (the catalogue's
     * "parts"), edited in a copy like every other word list; "" when its topic has none.
     */
    public String partWords(Indicator i) {
        return wiring.session() == null ? "" : CatalogueWords.partWords(wiring.session().catalogue().partsOf(i.topic()));
    }

    private void showIndicators() {
        if (wiring.session() != null) {
            indicators.setAll(wiring.session().catalogue().indicators());
        }
    }

    /** Writes the bundled catalogue to {@code file} for a person to edit. */
    public void exportCopy(Path file) {
        run(tr("catalogue.exportCopy"), () -> {
            Files.deleteIfExists(file);
            Catalogues.exportBundled(file);
        });
    }

    /** Brings an edited copy into the workspace (checked first; the catalogue in force stays if it is refused). */
    public void useCopy(Path file) {
        run(tr("catalogue.useCopy"), () -> wiring.session().useCatalogue(file));
    }

    public void useBundled() {
        run(tr("catalogue.useBundled"), () -> wiring.session().useBundledCatalogue());
    }

    /** Adds an indicator to the workspace's catalogue in the background. */
    public void addIndicator(Catalogues.NewIndicator spec) {
        var session = wiring.session();
        if (session == null) {
            return;
        }
        wiring.tasks().run(tr("catalogue.add"), (p, c) -> session.addIndicator(spec), cat -> {
            message.set(tr("catalogue.added", spec.nameZh()));
            showIndicators();
        }, t -> onFailure.accept(tr("catalogue.add"), t));
    }

    /** The part words in force for {@code topic}, for the dialog that edits them. */
    public java.util.List<cn.fazhi.workbench.model.Catalogue.PartWords> partsOf(String topic) {
        return wiring.session() == null ? java.util.List.of() : wiring.session().catalogue().partsOf(topic);
    }

    /**
     * Saves {@code topic}'s part words in the workspace's catalogue in the background (refused with the words
     * of the problem if one is broken; the catalogue in force then stays); then re-extract.
     */
    public void setPartWords(String topic, java.util.List<cn.fazhi.workbench.model.Catalogue.PartWords> entries) {
        var session = wiring.session();
        if (session == null) {
            return;
        }
        wiring.tasks().run(tr("catalogue.parts"), (p, c) -> session.setPartWords(topic, entries), cat -> {
            message.set(tr("catalogue.partsSaved", topic));
            showIndicators();
        }, t -> onFailure.accept(tr("catalogue.parts"), t));
    }

    /** Extracts every report again with the catalogue in force; reviewed values stay. */
    public void reextract() {
        var s = wiring.session();
        if (s == null) {
            return;
        }
        var h = wiring.tasks().run(tr("catalogue.reextract"), (p, c) -> new ReextractReports(s).run(p, c), r ->
                        message.set(tr("catalogue.reextracted", r.reports(), r.updated(), r.added(), r.removed(), r.keptReviewed())),
                t -> onFailure.accept(tr("catalogue.reextract"), t));
        wiring.track(h);
    }

    /** Runs a catalogue step in the background and shows the indicators again. */
    private void run(String what, Step step) {
        wiring.tasks().run(what, (p, c) -> {
            step.run();
            return null;
        }, r -> {
            message.set(tr("catalogue.done", what));
            showIndicators();
        }, t -> onFailure.accept(what, t));
    }

    /** A step that may fail with any exception. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
