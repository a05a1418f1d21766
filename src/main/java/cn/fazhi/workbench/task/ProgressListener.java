package cn.fazhi.workbench.task;

/** Receives progress from long core jobs. Implementations must be cheap and thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done    units of work finished
     * @param total   units of work in all, or -1 when unknown
     * @param message what is being worked on now (e.g. a file name)
     */
    void progress(long done, long total, String message);
}
