package cn.fazhi.workbench.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A computation that follows changing inputs, "latest wins": a burst of requests within {@code delay}
 * milliseconds is one run; a request cancels the run in progress; a result that a newer request has
 * overtaken is never shown. Used from the JavaFX thread only.
 *
 * <p>The inputs are captured when the run starts (after the burst), on the FX thread, by {@code capture};
 * it returns the background job, or null when there is nothing to compute (then {@code apply} gets null).
 */
public final class LatestWinsJob<R> {
    private final TaskRunner tasks;
    private final String title;
    private final long delayMillis;
    private final Supplier<TaskRunner.Job<R>> capture;
    private final Consumer<R> apply;
    private final Consumer<Throwable> fail;
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending");
    private Runnable timer;
    private TaskRunner.Handle running;
    private long generation;
    private int started;

    public LatestWinsJob(TaskRunner tasks, String title, long delayMillis, Supplier<TaskRunner.Job<R>> capture,
                         Consumer<R> apply, Consumer<Throwable> fail) {
        this.tasks = tasks;
        this.title = title;
        this.delayMillis = delayMillis;
        this.capture = capture;
        this.apply = apply;
        this.fail = fail;
    }

    /** True from a request until its answer (or failure) is applied: the screen must say "正在…", not "none". */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** How many runs were started (for tests and timing logs). */
    public int started() {
        return started;
    }

    /** The inputs changed: compute again once the burst is over. */
    public void request() {
        request(delayMillis);
    }

    /**
     * The inputs changed in one step made by the program (a screen's first load), not the first of a burst of
     * clicks: compute on the next pulse without waiting for more (issue 17: the wait was a tenth of what the
     * first comparison of a national workspace may take).
     */
    public void requestNow() {
        request(0);
    }

    private void request(long delay) {
        long g = ++generation;
        pending.set(true);
        if (running != null) {
            running.cancel(); // the answer would be stale anyway
            running = null;
        }
        if (timer != null) {
            timer.run();
        }
        timer = tasks.schedule(delay, () -> start(g));
    }

    /** Forgets any request in flight (the inputs went away). */
    public void cancel() {
        generation++;
        if (timer != null) {
            timer.run();
            timer = null;
        }
        if (running != null) {
            running.cancel();
            running = null;
        }
        pending.set(false);
    }

    private void start(long g) {
        if (g != generation) {
            return;
        }
        timer = null;
        TaskRunner.Job<R> job = capture.get();
        if (job == null) {
            pending.set(false);
            apply.accept(null);
            return;
        }
        started++;
        TaskRunner.Handle h = tasks.run(title, job, r -> {
            if (g == generation) {
                running = null;
                pending.set(false);
                apply.accept(r);
            }
        }, t -> {
            if (g == generation) {
                running = null;
                pending.set(false);
                fail.accept(t);
            }
        });
        if (g == generation && pending.get()) {
            running = h;
        }
    }
}
