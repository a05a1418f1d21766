package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import java.util.function.Consumer;

/** Runs every job at once on the calling thread: screens and view models become deterministic in tests. */
public final class CurrentThreadTaskRunner implements TaskRunner {
    @Override
    public <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        SimpleDoubleProperty progress = new SimpleDoubleProperty();
        SimpleStringProperty message = new SimpleStringProperty("");
        CancellationToken token = new CancellationToken();
        T result;
        try {
            result = job.run((done, total, m) -> {
                progress.set(total > 0 ? (double) done / total : -1);
                message.set(m);
            }, token);
        } catch (Exception e) {
            onFailure.accept(e);
            return handle(progress, message, token);
        }
        onSuccess.accept(result);
        return handle(progress, message, token);
    }

    private static Handle handle(SimpleDoubleProperty progress, SimpleStringProperty message, CancellationToken token) {
        SimpleBooleanProperty running = new SimpleBooleanProperty(false);
        return new Handle() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress;
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message;
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return running;
            }

            @Override
            public void cancel() {
                token.cancel();
            }
        };
    }
}
