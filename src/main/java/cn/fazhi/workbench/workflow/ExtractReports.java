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
import java.util.ArrayList;
import java.util.List;
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
        } catch (RuntimeException | OutOfMemoryError e) {
            return ExtractionResult.failed(input.label(), new ReadError(ReadError.Kind.CORRUPT,
                    "the file could not be read (" + e.getClass().getSimpleName() + ")"));
        }
        ReportExtractor.Extraction x;
        try {
            x = OcrFigures.doubt(text.format(), extractor.extract(text));
        } catch (ReportExtractor.TooSlowException e) {
            return ExtractionResult.failed(input.label(), new ReadError(ReadError.Kind.TOO_SLOW, e.getMessage()));
        }
        return new ExtractionResult(input.label(), text, x.metadata(), x.values(), x.suggestions(), x.candidates(),
                x.warnings(), null);
    }

    /** Extracts every input in order, handing each result on as soon as it is ready. */
    public void run(List<Input> inputs, Consumer<ExtractionResult> sink, ProgressListener progress,
                    CancellationToken cancel) {
        int done = 0;
        for (Input input : inputs) {
            cancel.throwIfCancelled();
            progress.progress(done, inputs.size(), input.label());
            int fileNo = done;
            ProgressListener pages = (page, total, ignored) -> {
                if (total > 1 && page > 0 && page < total) {
                    progress.progress(fileNo, inputs.size(), input.label() + " · " + (page + 1) + "/" + total);
                }
            };
            sink.accept(extract(input, pages, cancel));
            done++;
        }
        progress.progress(done, inputs.size(), "");
    }
}
