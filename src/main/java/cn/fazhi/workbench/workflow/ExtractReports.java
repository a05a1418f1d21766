package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.ingest.ReportReaders;
import cn.fazhi.workbench.model.ExtractionResult;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Use case: read and extract a set of files and folders. A file that cannot be read yields a result
 * with its error and the rest go on.
 */
public final class ExtractReports {
    private final ReportExtractor extractor;

    public ExtractReports(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * One input as the user gave it (kept for output) and the file behind it.
     *
     * @param skipped why an entry found in a folder is not read (a broken link, a pipe…), or null
     */
    public record Input(String label, Path path, SkipReason skipped) {
        public Input(String label, Path path) {
            this(label, path, null);
        }
    }

    /**
     * Expands folders recursively into their supported files, in a stable order. A path given
     * explicitly is kept even when its type is not supported, so the user hears why it was not read.
     * Entries of a folder that are not files (broken links, links to folders, pipes, sockets, devices) and
     * sub-folders that cannot be read are listed as skipped with the reason, never dropped silently.
     */
    public static List<Input> expand(List<String> paths) {
        List<Input> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                out.addAll(FolderWalk.walk(path));
            } else {
                out.add(new Input(p, path));
            }
        }
        return out;
    }

    public ExtractionResult extract(Input input) {
        return extract(input, ProgressListener.NONE, CancellationToken.none());
    }

    /** One file; a scan reports its pages to {@code pages} and stops between pages when cancelled. */
    public ExtractionResult extract(Input input, ProgressListener pages, CancellationToken cancel) {
        if (input.skipped() != null) {
            return ExtractionResult.failed(input.label(), input.skipped().error());
        }
        ReportText text;
        try {
            text = ReportReaders.read(input.path(), pages, cancel);
        } catch (ReadException e) {
            return ExtractionResult.failed(input.label(), e.toError());
        } catch (OutOfMemoryError e) {
            return ExtractionResult.failed(input.label(), new ReadError(ReadError.Kind.TOO_LARGE,
                    "the file is too large to read in the memory this program may use ("
                            + (Runtime.getRuntime().maxMemory() >> 20) + " MB)"));
        } catch (RuntimeException e) {
            return ExtractionResult.failed(input.label(), new ReadError(ReadError.Kind.CORRUPT,
                    "the file could not be read (" + e.getClass().getSimpleName() + ")"));
        }
        return extracted(input.label(), text, extractor::extract);
    }

    /** The extraction of one text read, or that file's own failure: a fault in the rules must not stop the batch. */
    static ExtractionResult extracted(String label, ReportText text,
                                      java.util.function.Function<ReportText, ReportExtractor.Extraction> rules) {
        ReportExtractor.Extraction x;
        try {
            x = OcrFigures.doubt(text.format(), rules.apply(text));
        } catch (ReportExtractor.TooSlowException e) {
            return ExtractionResult.failed(label, new ReadError(ReadError.Kind.TOO_SLOW, e.getMessage()));
        } catch (ReportExtractor.TooComplexException e) {
            return ExtractionResult.failed(label, new ReadError(ReadError.Kind.TOO_COMPLEX, e.getMessage()));
        } catch (CancellationToken.CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            return ExtractionResult.failed(label, new ReadError(ReadError.Kind.EXTRACTION_FAILED,
                    "extracting the indicators failed (" + e + ")"));
        }
        return new ExtractionResult(label, text, x.metadata(), x.values(), x.suggestions(), x.candidates(),
                x.warnings(), null);
    }

    /**
     * Extracts every input and hands the results on in input order, each as soon as it and all before it are
     * ready. Files are read and extracted on a few worker threads (one per core, {@code -Dfazhi.extractThreads}),
     * because a batch is CPU-bound and the extractor is thread-safe; at most a few results wait in memory.
     * {@code sink} and the per-file progress run on the calling thread; page progress of a scan comes from a worker.
     */
    public void run(List<Input> inputs, Consumer<ExtractionResult> sink, ProgressListener progress,
                    CancellationToken cancel) {
        int threads = Math.max(1, Math.min(inputs.size(), WORKERS));
        if (threads == 1) {
            runInOrder(inputs, sink, progress, cancel);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<ExtractionResult>> ahead = new ArrayDeque<>();
            int submitted = 0;
            for (int done = 0; done < inputs.size(); done++) {
                while (submitted < inputs.size() && ahead.size() < threads * AHEAD_PER_WORKER) {
                    Input input = inputs.get(submitted);
                    ProgressListener pages = pagesOf(progress, submitted, inputs.size(), input);
                    ahead.add(pool.submit(() -> extract(input, pages, cancel)));
                    submitted++;
                }
                cancel.throwIfCancelled();
                progress.progress(done, inputs.size(), inputs.get(done).label());
                sink.accept(await(ahead.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        progress.progress(inputs.size(), inputs.size(), "");
    }

    /** Worker threads for {@link #run}: the cores, unless {@code -Dfazhi.extractThreads} says otherwise. */
    private static final int WORKERS = Integer.getInteger("fazhi.extractThreads",
            Runtime.getRuntime().availableProcessors());
    /** Results extracted ahead of the one being handed on, per worker: enough to keep every core busy. */
    private static final int AHEAD_PER_WORKER = 4;

    private static ExtractionResult await(Future<ExtractionResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationToken.CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ProgressListener pagesOf(ProgressListener progress, int fileNo, int files, Input input) {
        return (page, total, ignored) -> {
            if (total > 1 && page > 0 && page < total) {
                progress.progress(fileNo, files, input.label() + " · " + (page + 1) + "/" + total);
            }
        };
    }

    /** One file after another on the calling thread. */
    private void runInOrder(List<Input> inputs, Consumer<ExtractionResult> sink, ProgressListener progress,
                            CancellationToken cancel) {
        int done = 0;
        for (Input input : inputs) {
            cancel.throwIfCancelled();
            progress.progress(done, inputs.size(), input.label());
            sink.accept(extract(input, pagesOf(progress, done, inputs.size(), input), cancel));
            done++;
        }
        progress.progress(done, inputs.size(), "");
    }
}
