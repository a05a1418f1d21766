package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.ReviewQueue;
import cn.fazhi.workbench.workflow.ReviewValues;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The 待审核 queue: values and suggestions across the workspace in review order, filtered by year, 地市,
 * indicator and status, with the current item. Every decision (Enter confirm, Delete reject or dismiss, E
 * correct, S accept) is saved at once through the workflow (audited) and moves on to the next undecided
 * item; Z undoes the last one and goes back to it. Decided items stay in the list, so J/K can go back.
 */
public final class QueueViewModel {
    private final AppWiring wiring;
    private final List<QueueItem> all = new ArrayList<>();
    private final ObservableList<QueueItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<QueueItem> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<String> city = new SimpleObjectProperty<>();
    private final ObjectProperty<String> indicator = new SimpleObjectProperty<>();
    private final ObjectProperty<QueueStatusFilter> status = new SimpleObjectProperty<>(QueueStatusFilter.TODO);
    private final IntegerProperty reviewed = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty counter = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> cities = FXCollections.observableArrayList();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final IntegerProperty undoDepth = new SimpleIntegerProperty();
    private long loadedIn;
    private final javafx.beans.property.BooleanProperty loading = new javafx.beans.property.SimpleBooleanProperty();

    /** How to take a decision back, and the item it was on. */
    private record Undo(QueueItem before, Runnable inverse) {
    }

    public QueueViewModel(AppWiring wiring) {
        this.wiring = wiring;
        year.addListener((o, a, b) -> load());
        city.addListener((o, a, b) -> load());
        indicator.addListener((o, a, b) -> load());
        status.addListener((o, a, b) -> refilter(null));
    }

    public ObservableList<QueueItem> items() {
        return items;
    }

    public ReadOnlyObjectProperty<QueueItem> currentProperty() {
        return current;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<String> cityProperty() {
        return city;
    }

    public ObjectProperty<String> indicatorProperty() {
        return indicator;
    }

    public ObjectProperty<QueueStatusFilter> statusProperty() {
        return status;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<String> cities() {
        return cities;
    }

    public ReadOnlyIntegerProperty reviewedProperty() {
        return reviewed;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    /** 已审核 N / M for the items that match the year, 地市 and indicator filters. */
    public ReadOnlyStringProperty counterProperty() {
        return counter;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty undoDepthProperty() {
        return undoDepth;
    }

    /** Whether the queue is being read. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Milliseconds the last load of the queue took (query and list), for the status line and measurements. */
    public long loadedInMillis() {
        return loadedIn;
    }

    /** (Re)reads the queue with the current filters; the first undecided item becomes current. */
    public void load() {
        var s = wiring.session();
        if (s == null) {
            return;
        }
        Integer y = year.get();
        String c = city.get();
        String ind = indicator.get();
        long started = System.nanoTime();
        var queue = new ReviewQueue(s);
        loading.set(true);
        wiring.tasks().run("queue", (p, t) -> new Object[]{queue.items(y, c, ind), queue.options()}, r -> {
            @SuppressWarnings("unchecked")
            List<QueueItem> list = (List<QueueItem>) r[0];
            ReviewQueue.Options o = (ReviewQueue.Options) r[1];
            if (!years.equals(o.years())) {
                years.setAll(o.years());
            }
            if (!cities.equals(o.cities())) {
                cities.setAll(o.cities());
            }
            all.clear();
            all.addAll(list);
            undo.clear();
            undoDepth.set(0);
            refilter(null);
            loadedIn = (System.nanoTime() - started) / 1_000_000;
            loading.set(false);
        }, t -> {
            loading.set(false);
            failed(t);
        });
    }

    private void refilter(QueueItem keep) {
        items.setAll(all.stream().filter(status.get()::shows).toList());
        count();
        QueueItem target = keep != null && items.contains(keep) ? keep
                : items.stream().filter(i -> !i.reviewed()).findFirst().orElse(items.isEmpty() ? null : items.get(0));
        current.set(target);
    }

    private void count() {
        int n = (int) all.stream().filter(QueueItem::reviewed).count();
        reviewed.set(n);
        total.set(all.size());
        counter.set(tr("queue.counter", String.format("%,d", n), String.format("%,d", all.size())));
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        int at = items.indexOf(current.get());
        int to = Math.max(0, Math.min(items.size() - 1, at + step));
        if (!items.isEmpty()) {
            current.set(items.get(to));
        }
    }

    /** Makes an item current (a click in the list). */
    public void select(QueueItem item) {
        if (item != null && items.contains(item)) {
            current.set(item);
        }
    }

    /** Enter: the current value is right. */
    public void confirm() {
        QueueItem i = current.get();
        if (i == null || i.kind() != QueueItem.Kind.VALUE) {
            message.set(i == null ? "" : tr("queue.onlyValues"));
            return;
        }
        decideValue(i, tr("review.confirmed"), (r, v) -> r.confirm(v.id(), null));
    }

    /** Delete: the current value is wrong (rejected) or the current suggestion is not taken (dismissed). */
    public void reject() {
        QueueItem i = current.get();
        if (i == null) {
            return;
        }
        if (i.kind() == QueueItem.Kind.VALUE) {
            decideValue(i, tr("review.rejected"), (r, v) -> r.reject(v.id(), null));
            return;
        }
        var review = new ReviewValues(wiring.session());
        wiring.tasks().run("dismiss", (p, c) -> review.dismissSuggestion(i.id(), null), g -> {
            QueueItem after = replace(i, i.withStatus(g.status().id()));
            pushUndo(after, () -> wiring.tasks().run("undo", (p, c) -> review.reopenSuggestion(i.id()), back -> {
                replace(after, i);
                current.set(i);
                message.set(tr("review.undone"));
            }, this::failed));
            message.set(tr("review.suggestionDismissed"));
            moveOn(after);
        }, this::failed);
    }

    /** E: the current value is corrected to {@code number} (unit and qualifier unchanged when null). */
    public void correct(BigDecimal number, String unit, Qualifier qualifier, String note) {
        QueueItem i = current.get();
        if (i == null || i.kind() != QueueItem.Kind.VALUE) {
            message.set(i == null ? "" : tr("queue.onlyValues"));
            return;
        }
        decideValue(i, tr("review.corrected"), (r, v) -> r.correct(v.id(), number, unit, qualifier, note));
    }

    /** S: the current suggestion's figure becomes the report's confirmed value. */
    public void accept() {
        QueueItem i = current.get();
        if (i == null || i.kind() != QueueItem.Kind.SUGGESTION) {
            message.set(i == null ? "" : tr("queue.onlySuggestions"));
            return;
        }
        var s = wiring.session();
        var review = new ReviewValues(s);
        wiring.tasks().run("accept", (p, c) -> {
            StoredValue before = s.queries().values(i.reportId()).stream()
                    .filter(v -> v.value().indicator().equals(i.indicator())).findFirst().orElse(null);
            return new Object[]{before, review.acceptSuggestion(i.id(), null)};
        }, r -> {
            StoredValue before = (StoredValue) r[0];
            StoredValue made = (StoredValue) r[1];
            // the extracted value it replaced (if any) is gone from the workspace
            List<QueueItem> replaced = all.stream().filter(x -> x.kind() == QueueItem.Kind.VALUE && x.reportId() == i.reportId()
                    && x.indicator().equals(i.indicator()) && !x.reviewed()).toList();
            all.removeAll(replaced);
            items.removeAll(replaced);
            QueueItem after = replace(i, i.withStatus("accepted"));
            pushUndo(after, () -> wiring.tasks().run("undo", (p, c) -> review.unacceptSuggestion(i.id(), made.id(), before), g -> {
                replace(after, i); // the value it replaced is back in the workspace; it shows when the queue is read again
                current.set(i);
                message.set(tr("review.undone"));
            }, this::failed));
            message.set(tr("review.suggestionAccepted"));
            moveOn(after);
        }, this::failed);
    }

    /** Z: takes the last decision back and goes back to its item. */
    public void undo() {
        if (!undo.isEmpty()) {
            Undo u = undo.pop();
            undoDepth.set(undo.size());
            u.inverse().run();
        }
    }

    private void decideValue(QueueItem i, String done, ReviewValues.Action action) {
        var s = wiring.session();
        var review = new ReviewValues(s);
        wiring.tasks().run("review", (p, c) -> {
            StoredValue before = s.queries().values(i.reportId()).stream().filter(v -> v.id() == i.id()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("value " + i.id() + " is gone; reload the queue"));
            return new Object[]{before, action.apply(review, before)};
        }, r -> {
            StoredValue before = (StoredValue) r[0];
            StoredValue changed = (StoredValue) r[1];
            QueueItem after = replace(i, i.withStatus(changed.status().id()).withValue(changed.value().value()));
            pushUndo(after, () -> wiring.tasks().run("undo", (p, c) -> review.restore(before), v -> {
                replace(after, i);
                current.set(i);
                message.set(tr("review.undone"));
            }, this::failed));
            message.set(done);
            moveOn(after);
        }, this::failed);
    }

    /** Puts {@code now} in the place of {@code was} in the queue and the list; recounts. */
    private QueueItem replace(QueueItem was, QueueItem now) {
        int a = all.indexOf(was);
        if (a >= 0) {
            all.set(a, now);
        }
        int k = items.indexOf(was);
        if (k >= 0) {
            items.set(k, now);
        }
        count();
        return now;
    }

    /** After a decision: the next undecided item below, else the first undecided one above, else stay. */
    private void moveOn(QueueItem decided) {
        int at = items.indexOf(decided);
        for (int k = at + 1; k < items.size(); k++) {
            if (!items.get(k).reviewed()) {
                current.set(items.get(k));
                return;
            }
        }
        current.set(items.stream().filter(x -> !x.reviewed()).findFirst().orElse(decided));
        if (current.get() == decided) {
            message.set(tr("queue.done"));
        }
    }

    private void pushUndo(QueueItem item, Runnable inverse) {
        undo.push(new Undo(item, inverse));
        undoDepth.set(undo.size());
    }

    private void failed(Throwable t) {
        message.set(Dialogs.explain(t));
    }
}
