package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.ExtractionResult;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import cn.fazhi.workbench.workflow.Catalogues;
import cn.fazhi.workbench.workflow.ExtractReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code extract}: reads reports and prints what was found, one line (or rows) per file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads reports ({formats}; text in UTF-8, GBK or Big5; scanned PDFs and images by OCR, every figure from them a suggestion) and prints their metadata and indicator values with evidence.",
                "Exit status: 0 when every file was read, 3 when some could not be read, 2 on bad usage."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, tsv }

    @Option(names = "--format", defaultValue = "json", description = "json (one JSON object per file per line) or tsv (one row per value). Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "Use this indicator catalogue instead of the bundled one (see 'catalogue export').")
    Path catalogue;

    @Option(names = "--candidates", description = "Also print the figures that were considered but not chosen (json only).")
    boolean candidates;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<String> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Catalogues.preloadGazetteer();
        Catalogue cat = CatalogueOption.load(catalogue, spec.commandLine().getErr());
        if (cat == null) {
            return 2;
        }
        List<ExtractReports.Input> inputs = ExtractReports.expand(paths);
        ExtractReports useCase = new ExtractReports(Catalogues.extractorFor(cat));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger failed = new AtomicInteger();
        if (format == Format.tsv) {
            out.println(TsvWriter.HEADER);
        }
        JsonLineWriter json = new JsonLineWriter(candidates);
        useCase.run(inputs, result -> {
            if (!result.ok()) {
                failed.incrementAndGet();
            }
            if (format == Format.json) {
                out.println(json.write(result));
            } else {
                TsvWriter.write(result, out);
                if (!result.ok()) {
                    err.println(result.file() + ": " + result.error().message());
                }
            }
            out.flush();
        }, ProgressListener.NONE, CancellationToken.none());
        out.flush();
        return failed.get() > 0 ? 3 : 0;
    }
}
