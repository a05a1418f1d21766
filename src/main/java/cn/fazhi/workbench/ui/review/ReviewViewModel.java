package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredSuggestion;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.SuggestionStatus;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.ReviewValues;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * Review of one report: its text, its values, the selected value and its history. Every change is saved
 * at once through the workflow (and so audited) and can be undone.
 */
public final class ReviewViewModel {
    private final AppWiring wiring;
    private final ObjectProperty<ReportSummary> report = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<StoredValue> values = FXCollections.observableArrayList();
    private final ObjectProperty<StoredValue> selected = new SimpleObjectProperty<>();
    private final ObservableList<StoredSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<StoredSuggestion> selectedSuggestion = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final javafx.beans.property.IntegerProperty undoDepth = new javafx.beans.property.SimpleIntegerProperty();
    private final EvidencePageWords pages = new EvidencePageWords();

    public ReviewViewModel(AppWiring wiring) {
        this.wiring = wiring;
        selected.addListener((o, a, v) -> loadHistory());
    }

    public ReadOnlyObjectProperty<ReportSummary> reportProperty() {
        return report;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ObservableList<StoredValue> values() {
        return values;
    }

    public ObjectProperty<StoredValue> selectedProperty() {
        return selected;
    }

    /** The report's open suggestions: figures the extractor doubted, with their reasons. */
    public ObservableList<StoredSuggestion> suggestions() {
        return suggestions;
    }

    public ObjectProperty<StoredSuggestion> selectedSuggestionProperty() {
        return selectedSuggestion;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }

    /** "第N页" where a figure's evidence stands in the report shown; "" when the report has no pages (txt, html, docx). */
    public String pageOf(cn.fazhi.workbench.model.Evidence evidence) {
        ReportSummary r = report.get();
        return r == null ? "" : pages.words(text.get(), r.format(), evidence);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty undoDepthProperty() {
        return undoDepth;
    }

    /** Loads a report; selects {@code valueId} when given. */
    public void open(long reportId, Long valueId) {
        show(reportId, valueId, null);
    }

    /**
     * Shows a report with one value or one suggestion selected (the review queue's current item). The text
     * is read again only when the report changes, so moving within a report is quick.
     */
    public void show(long reportId, Long valueId, Long suggestionId) {
        var s = wiring.session();
        if (s == null) {
            return;
        }
        boolean sameReport = report.get() != null && report.get().id() == reportId;
        wiring.tasks().run("review", (p, c) -> new Object[]{s.queries().report(reportId).orElse(null),
                sameReport ? null : s.queries().text(reportId).orElse(""), s.queries().values(reportId),
                new ReviewValues(s).suggestions(reportId)}, r -> {
            report.set((ReportSummary) r[0]);
            if (r[1] != null) {
                text.set((String) r[1]);
            }
            @SuppressWarnings("unchecked")
            List<StoredValue> list = (List<StoredValue>) r[2];
            setOpenSuggestions(r[3]);
            if (!values.equals(list)) { // moving within a report: the text is not built again for the same values
                values.setAll(list);
            }
            undo.clear();
            undoDepth.set(0);
            selected.set(valueId == null ? null : list.stream().filter(v -> v.id() == valueId).findFirst().orElse(null));
            selectedSuggestion.set(suggestionId == null ? null : suggestions.stream()
                    .filter(g -> g.id() == suggestionId).findFirst().orElse(null));
            message.set("");
        }, this::failed);
    }

    private void reloadValues(Long select) {
        ReportSummary r = report.get();
        if (r == null) {
            return;
        }
        var s = wiring.session();
        wiring.tasks().run("values", (p, c) -> new Object[]{s.queries().values(r.id()), s.queries().report(r.id()).orElse(r),
                        new ReviewValues(s).suggestions(r.id())},
                res -> {
                    @SuppressWarnings("unchecked")
                    List<StoredValue> list = (List<StoredValue>) res[0];
                    setOpenSuggestions(res[2]);
                    values.setAll(list);
                    report.set((ReportSummary) res[1]);
                    selected.set(select == null ? null : list.stream().filter(v -> v.id() == select).findFirst().orElse(null));
                    loadHistory();
                }, this::failed);
    }

    private void setOpenSuggestions(Object list) {
        @SuppressWarnings("unchecked")
        List<StoredSuggestion> all = (List<StoredSuggestion>) list;
        List<StoredSuggestion> open = all.stream().filter(g -> g.status() == SuggestionStatus.OPEN).toList();
        if (!suggestions.equals(open)) {
            suggestions.setAll(open);
        }
        selectedSuggestion.set(null);
    }

    /** Confirms every untouched value without a warning of the report shown; undo puts them back. */
    public void confirmReport() {
        ReportSummary r = report.get();
        if (r == null) {
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("confirm-report", (p, c) -> review.confirmReport(r.id(), null), done -> {
            pushUndo(() -> wiring.tasks().run("undo", (p, c) -> review.unconfirmReport(done), n -> {
                message.set(tr("review.undone"));
                reloadValues(null);
            }, this::failed));
            message.set(ConfirmReportWords.done(done));
            reloadValues(null);
        }, this::failed);
    }

    /** The selected suggestion's figure becomes the confirmed value (key S). */
    public void acceptSuggestion() {
        StoredSuggestion g = selectedSuggestion.get();
        if (g == null) {
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("accept", (p, c) -> review.acceptSuggestion(g.id(), g.status(), null), value -> {
            message.set(tr("review.suggestionAccepted"));
            reloadValues(value.id());
        }, this::failed);
    }

    /** Rules the selected suggestion out; undo opens it again. */
    public void dismissSuggestion() {
        StoredSuggestion g = selectedSuggestion.get();
        if (g == null) {
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("dismiss", (p, c) -> review.dismissSuggestion(g.id(), g.status(), null), dismissed -> {
            pushUndo(() -> wiring.tasks().run("undo", (p, c) -> review.reopenSuggestion(g.id()), v -> {
                message.set(tr("review.undone"));
                reloadValues(null);
            }, this::failed));
            message.set(tr("review.suggestionDismissed"));
            reloadValues(null);
        }, this::failed);
    }

    private void loadHistory() {
        StoredValue v = selected.get();
        var s = wiring.session();
        if (v == null || s == null) {
            history.clear();
            return;
        }
        wiring.tasks().run("history", (p, c) -> s.queries().history(null, v.id()), history::setAll, this::failed);
    }

    private void failed(Throwable t) {
        message.set(Dialogs.explain(t));
        if (changedElsewhere(t)) { // show what is stored now, which the person decides on next
            StoredValue v = selected.get();
            reloadValues(v == null ? null : v.id());
        }
    }

    /** Whether a decision was refused because someone else changed the value after it was shown. */
    static boolean changedElsewhere(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof cn.fazhi.workbench.model.WorkspaceException w
                    && w.kind() == cn.fazhi.workbench.model.WorkspaceException.Kind.CHANGED_ELSEWHERE) {
                return true;
            }
        }
        return false;
    }

    /** A change to the selected value; its inverse goes on the undo stack. */
    private void change(String done, ReviewValues.Action action) {
        StoredValue before = selected.get();
        if (before == null) {
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("review", (p, c) -> action.apply(review, before), after -> {
            pushUndo(() -> wiring.tasks().run("undo", (p, c) -> review.restore(before, after), v -> {
                message.set(tr("review.undone"));
                reloadValues(v.id());
            }, this::failed));
            message.set(done);
            reloadValues(after.id());
        }, this::failed);
    }

    private void pushUndo(Runnable r) {
        undo.push(r);
        undoDepth.set(undo.size());
    }

    public void confirm() {
        change(tr("review.confirmed"), (r, v) -> r.confirm(v, null));
    }

    public void reject() {
        change(tr("review.rejected"), (r, v) -> r.reject(v, null));
    }

    public void correct(BigDecimal number, String unit, Qualifier qualifier, String note) {
        change(tr("review.corrected"), (r, v) -> r.correct(v, number, unit, qualifier, note));
    }

    /**
     * Adds a value a person selected in the text (its sentence the evidence, in the indicator's unit), saved as
     * added by hand and audited; undo removes it.
     */
    public void add(String indicator, BigDecimal number, Qualifier qualifier, cn.fazhi.workbench.model.Evidence evidence,
                    String note) {
        ReportSummary r = report.get();
        if (r == null) {
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("add", (p, c) -> review.addWithEvidence(r.id(), indicator, number, null, qualifier, evidence, note), added -> {
            pushUndo(() -> wiring.tasks().run("undo", (p, c) -> {
                review.removeManual(added.id());
                return added;
            }, v -> {
                message.set(tr("review.undone"));
                reloadValues(null);
            }, this::failed));
            message.set(tr("review.added"));
            reloadValues(added.id());
        }, this::failed);
    }

    /** A word for the person in the review's message line. */
    public void say(String words) {
        message.set(words);
    }

    public void setJurisdiction(String codeOrName) {
        ReportSummary r = report.get();
        if (r == null) {
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("jurisdiction", (p, c) -> review.setJurisdiction(r.id(), codeOrName, null), updated -> {
            report.set(updated);
            message.set(tr("review.jurisdictionSet", updated.jurisdiction().fullName()));
        }, this::failed);
    }

    public void setYear(int year) {
        ReportSummary r = report.get();
        if (r == null) {
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("year", (p, c) -> review.setYear(r.id(), year, null), updated -> {
            report.set(updated);
            message.set(tr("review.yearSet", year));
        }, this::failed);
    }

    /** 报告信息: saves the publication date and web address a person stated about the open report. */
    public void saveDetails(cn.fazhi.workbench.ui.details.ReportDetailsEdit edit) {
        ReportSummary r = report.get();
        if (r == null) {
            return;
        }
        edit.save(wiring, r, updated -> {
            report.set(updated);
            message.set(tr("details.saved"));
        }, this::failed);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            undo.pop().run();
            undoDepth.set(undo.size());
        }
    }

    /** Indicator codes and names for the add dialog. */
    public List<cn.fazhi.workbench.model.Indicator> indicators() {
        return wiring.session() == null ? List.of() : wiring.session().catalogue().indicators();
    }
}
