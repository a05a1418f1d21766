package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.workflow.ReviewValues;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The decisions taken in the 待审核 queue ({@link QueueViewModel}): each is saved at once through the
 * workflow (audited), the queue's line changes in place and the queue moves on; each can be taken back (Z),
 * newest first, which goes back to its item.
 */
final class QueueDecisions {
    private final AppWiring wiring;
    private final QueueViewModel queue;
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final IntegerProperty undoDepth = new SimpleIntegerProperty();

    QueueDecisions(AppWiring wiring, QueueViewModel queue) {
        this.wiring = wiring;
        this.queue = queue;
    }

    IntegerProperty undoDepth() {
        return undoDepth;
    }

    /** A new queue was read: earlier decisions can no longer be placed in it. */
    void forget() {
        undo.clear();
        undoDepth.set(0);
    }

    void confirm() {
        QueueItem i = queue.currentProperty().get();
        if (i == null || i.kind() != QueueItem.Kind.VALUE) {
            queue.say(i == null ? "" : tr("queue.onlyValues"));
            return;
        }
        decideValue(i, tr("review.confirmed"), (r, v) -> r.confirm(v, null));
    }

    void reject() {
        QueueItem i = queue.currentProperty().get();
        if (i == null) {
            return;
        }
        if (i.kind() == QueueItem.Kind.VALUE) {
            decideValue(i, tr("review.rejected"), (r, v) -> r.reject(v, null));
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("dismiss", (p, c) -> review.dismissSuggestion(i.id(), cn.fazhi.workbench.model.SuggestionStatus.fromId(i.status()), null), g -> {
            QueueItem after = queue.replace(i, i.withStatus(g.status().id()));
            pushUndo(() -> wiring.tasks().run("undo", (p, c) -> review.reopenSuggestion(i.id()), back -> backTo(after, i),
                    queue::failed));
            queue.say(tr("review.suggestionDismissed"));
            queue.moveOn(after);
        }, queue::failed);
    }

    void correct(BigDecimal number, String unit, Qualifier qualifier, String note) {
        QueueItem i = queue.currentProperty().get();
        if (i == null || i.kind() != QueueItem.Kind.VALUE) {
            queue.say(i == null ? "" : tr("queue.onlyValues"));
            return;
        }
        decideValue(i, tr("review.corrected"), (r, v) -> r.correct(v, number, unit, qualifier, note));
    }

    void accept() {
        QueueItem i = queue.currentProperty().get();
        if (i == null || i.kind() != QueueItem.Kind.SUGGESTION) {
            queue.say(i == null ? "" : tr("queue.onlySuggestions"));
            return;
        }
        var s = wiring.session();
        var review = new ReviewValues(s);
        wiring.tasks().run("accept", (p, c) -> {
            StoredValue before = s.queries().values(i.reportId()).stream()
                    .filter(v -> v.value().indicator().equals(i.indicator())).findFirst().orElse(null);
            return new Object[]{before, review.acceptSuggestion(i.id(), cn.fazhi.workbench.model.SuggestionStatus.fromId(i.status()), null)};
        }, r -> {
            StoredValue before = (StoredValue) r[0];
            StoredValue made = (StoredValue) r[1];
            // the extracted value it replaced (if any) is gone from the workspace
            queue.removeUndecidedValues(i.reportId(), i.indicator());
            QueueItem after = queue.replace(i, i.withStatus("accepted"));
            // the value it replaced is back in the workspace after an undo; it shows when the queue is read again
            pushUndo(() -> wiring.tasks().run("undo", (p, c) -> review.unacceptSuggestion(i.id(), made.id(), before),
                    g -> backTo(after, i), queue::failed));
            queue.say(tr("review.suggestionAccepted"));
            queue.moveOn(after);
        }, queue::failed);
    }

    /**
     * Confirms every untouched value without a warning of a report in one step (audited); their lines in the
     * queue change, the queue moves on, and Z puts them all back.
     */
    void confirmReport(long reportId) {
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("confirm-report", (p, c) -> review.confirmReport(reportId, null), done -> {
            java.util.Map<QueueItem, QueueItem> changed = queue.markConfirmed(done.confirmed());
            pushUndo(() -> wiring.tasks().run("undo", (p, c) -> review.unconfirmReport(done), n -> {
                changed.forEach((was, now) -> queue.replace(now, was));
                changed.keySet().stream().findFirst().ifPresent(queue::select);
                queue.say(tr("review.undone"));
            }, queue::failed));
            queue.say(ConfirmReportWords.done(done));
            QueueItem current = queue.currentProperty().get();
            if (current != null) {
                queue.moveOn(changed.getOrDefault(current, current));
            }
        }, queue::failed);
    }

    void undo() {
        if (!undo.isEmpty()) {
            Runnable u = undo.pop();
            undoDepth.set(undo.size());
            u.run();
        }
    }

    private void decideValue(QueueItem i, String done, ReviewValues.Action action) {
        var s = wiring.session();
        var review = new ReviewValues(s);
        wiring.tasks().run("review", (p, c) -> {
            StoredValue before = s.queries().values(i.reportId()).stream().filter(v -> v.id() == i.id()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("value " + i.id() + " is gone; reload the queue"));
            if (!before.status().id().equals(i.status()) || before.value().value().compareTo(i.value()) != 0) {
                // the line shows what was read with the queue: someone else decided on the value since
                throw new cn.fazhi.workbench.model.WorkspaceException(cn.fazhi.workbench.model.WorkspaceException.Kind.CHANGED_ELSEWHERE,
                        "value " + i.id() + " changed since the queue was read");
            }
            return new Object[]{before, action.apply(review, before)};
        }, r -> {
            StoredValue before = (StoredValue) r[0];
            StoredValue changed = (StoredValue) r[1];
            QueueItem after = queue.replace(i, i.withStatus(changed.status().id()).withValue(changed.value().value()));
            pushUndo(() -> wiring.tasks().run("undo", (p, c) -> review.restore(before, changed), v -> backTo(after, i),
                    queue::failed));
            queue.say(done);
            queue.moveOn(after);
        }, t -> {
            queue.failed(t);
            if (ReviewViewModel.changedElsewhere(t)) { // the line shows what is stored now
                wiring.tasks().run("value", (p, c) -> s.queries().values(i.reportId()).stream().filter(v -> v.id() == i.id())
                        .findFirst(), now -> now.ifPresent(v -> queue.select(queue.replace(i,
                        i.withStatus(v.status().id()).withValue(v.value().value())))), queue::failed);
            }
        });
    }

    /** After an undo: the line as it was, made current again. */
    private void backTo(QueueItem decided, QueueItem was) {
        queue.replace(decided, was);
        queue.select(was);
        queue.say(tr("review.undone"));
    }

    private void pushUndo(Runnable inverse) {
        undo.push(inverse);
        undoDepth.set(undo.size());
    }
}
