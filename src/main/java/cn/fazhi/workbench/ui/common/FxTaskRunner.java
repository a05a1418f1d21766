package cn.fazhi.workbench.ui.common;

import cn.fazhi.workbench.task.CancellationToken;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Runs jobs as javafx.concurrent.Task on a small pool of daemon threads; callbacks on the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "fazhi-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public Runnable schedule(long delayMillis, Runnable action) {
        PauseTransition wait = new PauseTransition(Duration.millis(delayMillis));
        wait.setOnFinished(e -> FxStall.timed("scheduled", action));
        wait.play();
        return wait::stop;
    }

    @Override
    public <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateProgress(-1, 1);
                return job.run((done, total, message) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                    if (message != null && !message.isEmpty()) {
                        updateMessage(message);
                    }
                }, token);
            }
        };
        task.setOnSucceeded(e -> FxStall.timed(title, () -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> FxStall.timed(title, () -> onFailure.accept(task.getException())));
        task.setOnCancelled(e -> onFailure.accept(new CancellationToken.CancelledException()));
        pool.submit(task);
        return new Handle() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return task.messageProperty();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return task.runningProperty();
            }

            @Override
            public void cancel() {
                token.cancel();
            }
        };
    }
}
