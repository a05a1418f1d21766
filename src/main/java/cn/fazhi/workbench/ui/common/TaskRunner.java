package cn.fazhi.workbench.ui.common;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.util.function.Consumer;

/**
 * The one way screens run work in the background. Callbacks arrive on the JavaFX thread; tests use a
 * runner that runs everything at once on the calling thread.
 */
public interface TaskRunner {
    /** Work that reports progress and stops when asked. */
    @FunctionalInterface
    interface Job<T> {
        T run(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    /** A started job: its progress (0..1, or -1 while unknown), what it works on, and how to stop it. */
    interface Handle {
        javafx.beans.property.ReadOnlyDoubleProperty progressProperty();

        javafx.beans.property.ReadOnlyStringProperty messageProperty();

        javafx.beans.property.ReadOnlyBooleanProperty runningProperty();

        void cancel();
    }

    <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code action} on the JavaFX thread once {@code delayMillis} have passed; the returned
     * runnable calls it off if it has not run yet. By default it runs at once (runners for tests).
     */
    default Runnable schedule(long delayMillis, Runnable action) {
        action.run();
        return () -> { };
    }
}
