package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.ReviewQueue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import java.util.ArrayList;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The 待审核 queue: values and suggestions across the workspace in review order, filtered by year, 地市,
 * indicator, reason and status, with the current item and the progress (已审核 N / M, also per year and
 * per 地市). Every decision (Enter confirm, Delete reject or dismiss, E correct, S accept) is saved at once
 * ({@link QueueDecisions}) and moves on to the next undecided item; Z undoes the last one and goes back to it.
 * Decided items stay in the list, so J/K can go back.
 */
public final class QueueViewModel {
    private final AppWiring wiring;
    private final List<QueueItem> all = new ArrayList<>();
    private final ObservableList<QueueItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<QueueItem> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<String> city = new SimpleObjectProperty<>();
    private final ObjectProperty<String> indicator = new SimpleObjectProperty<>();
    private final ObjectProperty<String> reason = new SimpleObjectProperty<>();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<QueueStatusFilter> status = new SimpleObjectProperty<>(QueueStatusFilter.TODO);
    private final IntegerProperty reviewed = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty counter = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<QueueProgress.Line> progress = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> cities = FXCollections.observableArrayList();
    private final QueueDecisions decisions;
    private long loadedIn;
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public QueueViewModel(AppWiring wiring) {
        this.wiring = wiring;
        this.decisions = new QueueDecisions(wiring, this);
        year.addListener((o, a, b) -> load());
        city.addListener((o, a, b) -> load());
        indicator.addListener((o, a, b) -> load());
        status.addListener((o, a, b) -> refilter(null));
        reason.addListener((o, a, b) -> refilter(null));
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

    /** A reason code (a suggestion's reason or a value's warning, e.g. {@code competing}); null: any. */
    public ObjectProperty<String> reasonProperty() {
        return reason;
    }

    /** The reason codes that occur in the queue read for the year, 地市 and indicator filters, for the reason list. */
    public ObservableList<String> reasons() {
        return reasons;
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

    /** 已审核 N / M for the items that match the year, 地市, indicator and reason filters. */
    public ReadOnlyStringProperty counterProperty() {
        return counter;
    }

    /** 已审核 N / M per year and per 地市 of the same scope as the counter. */
    public ObservableList<QueueProgress.Line> progress() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty undoDepthProperty() {
        return decisions.undoDepth();
    }

    /** Whether the queue is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
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
        QueueStatusFilter st = status.get();
        String rs = reason.get();
        loading.set(true);
        QueueRead.prepareOrder(wiring.tasks());
        wiring.tasks().run("queue", (p, t) -> QueueRead.of(queue.items(y, c, ind), queue.options(), st, rs), r -> {
            long fx = System.nanoTime();
            show(r);
            loadedIn = (System.nanoTime() - started) / 1_000_000;
            loading.set(false);
            QueueRead.timing(started, r.readAt(), fx);
        }, t -> {
            loading.set(false);
            failed(t);
        });
    }

    /** Puts a read queue on screen; its list and counts were worked out on the worker (unless a filter changed since). */
    private void show(QueueRead r) {
        if (!years.equals(r.years())) {
            years.setAll(r.years());
        }
        if (!cities.equals(r.cities())) {
            cities.setAll(r.cities());
        }
        all.clear();
        all.addAll(r.all());
        if (!reasons.equals(r.reasons())) {
            reasons.setAll(r.reasons());
        }
        decisions.forget();
        if (r.status() != status.get() || !java.util.Objects.equals(r.reason(), reason.get())) {
            refilter(null);
            return;
        }
        items.setAll(r.shown());
        setCounts(r.reviewed(), r.scope(), r.progress());
        makeCurrent(null);
    }

    /** Whether an item has the chosen reason (any item when none is chosen). */
    private boolean hasReason(QueueItem i) {
        return reason.get() == null || i.flags().contains(reason.get());
    }

    private void refilter(QueueItem keep) {
        items.setAll(all.stream().filter(this::hasReason).filter(status.get()::shows).toList());
        count();
        makeCurrent(keep);
    }

    /** {@code keep} if the list shows it, else its first undecided item, else its first. */
    private void makeCurrent(QueueItem keep) {
        current.set(keep != null && items.contains(keep) ? keep
                : items.stream().filter(i -> !i.reviewed()).findFirst().orElse(items.isEmpty() ? null : items.get(0)));
    }

    private void count() {
        List<QueueItem> scope = all.stream().filter(this::hasReason).toList();
        setCounts((int) scope.stream().filter(QueueItem::reviewed).count(), scope.size(), QueueProgress.lines(scope));
    }

    private void setCounts(int n, int of, List<QueueProgress.Line> lines) {
        reviewed.set(n);
        total.set(of);
        counter.set(tr("queue.counter", String.format("%,d", n), String.format("%,d", of)));
        progress.setAll(lines);
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
        decisions.confirm();
    }

    /** Delete: the current value is wrong (rejected) or the current suggestion is not taken (dismissed). */
    public void reject() {
        decisions.reject();
    }

    /** E: the current value is corrected to {@code number} (unit and qualifier unchanged when null). */
    public void correct(BigDecimal number, String unit, Qualifier qualifier, String note) {
        decisions.correct(number, unit, qualifier, note);
    }

    /** S: the current suggestion's figure becomes the report's confirmed value. */
    public void accept() {
        decisions.accept();
    }

    /** Z: takes the last decision back and goes back to its item. */
    public void undo() {
        decisions.undo();
    }

    /** Puts {@code now} in the place of {@code was} in the queue and the list; recounts. */
    QueueItem replace(QueueItem was, QueueItem now) {
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
    void moveOn(QueueItem decided) {
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

    /** Confirm-report: the lines of these values become confirmed; returns each line before and after. */
    java.util.Map<QueueItem, QueueItem> markConfirmed(List<Long> valueIds) {
        java.util.Set<Long> ids = java.util.Set.copyOf(valueIds);
        java.util.Map<QueueItem, QueueItem> changed = new java.util.LinkedHashMap<>();
        for (QueueItem i : List.copyOf(all)) {
            if (i.kind() == QueueItem.Kind.VALUE && ids.contains(i.id())) {
                changed.put(i, replace(i, i.withStatus("confirmed")));
            }
        }
        return changed;
    }

    /** Ctrl+Enter: confirms the rest of the current item's report (the caller asked the person first). */
    public void confirmReport() {
        QueueItem i = current.get();
        if (i != null) {
            decisions.confirmReport(i.reportId());
        }
    }

    AppWiring wiring() {
        return wiring;
    }

    /** Makes a value current even when the status filter hides it (opened from 各地对照). */
    void reveal(QueueItem item) {
        java.util.function.Predicate<QueueItem> same = x -> x.kind() == item.kind() && x.id() == item.id();
        if (items.stream().noneMatch(same)) {
            status.set(QueueStatusFilter.ALL);
        }
        items.stream().filter(same).findFirst().ifPresent(current::set);
    }

    /** Drops the undecided values of a report's indicator (an accepted suggestion took their place). */
    void removeUndecidedValues(long reportId, String indicatorCode) {
        List<QueueItem> replaced = all.stream().filter(x -> x.kind() == QueueItem.Kind.VALUE && x.reportId() == reportId
                && x.indicator().equals(indicatorCode) && !x.reviewed()).toList();
        all.removeAll(replaced);
        items.removeAll(replaced);
    }

    void say(String words) {
        message.set(words);
    }

    void failed(Throwable t) {
        message.set(Dialogs.explain(t));
    }
}
