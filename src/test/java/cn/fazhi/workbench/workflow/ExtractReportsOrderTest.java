package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.ExtractionResult;
import cn.fazhi.workbench.task.CancellationToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch runs files on several workers (issue 17); the results must still arrive in input order and be
 * the same as extracting each file alone, unreadable entries included.
 */
class ExtractReportsOrderTest {
    @Test
    void parallelBatchKeepsInputOrderAndResults() {
        ExtractReports useCase = new ExtractReports(ReportExtractor.withBundledData());
        List<ExtractReports.Input> inputs = new ArrayList<>(ExtractReports.expand(List.of("src/test/resources/samples", "src/test/resources/hostile")));
        inputs.add(3, new ExtractReports.Input("missing.txt", java.nio.file.Path.of("src/test/resources/samples/no-such-file.txt")));
        assertTrue(inputs.size() > 8, "enough files to keep every worker busy");

        List<ExtractionResult> batch = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        useCase.run(inputs, batch::add, (done, total, file) -> progress.add(done), CancellationToken.none());

        assertEquals(inputs.size(), batch.size());
        for (int i = 0; i < inputs.size(); i++) {
            ExtractionResult alone = useCase.extract(inputs.get(i));
            assertEquals(inputs.get(i).label(), batch.get(i).file());
            assertEquals(alone.ok(), batch.get(i).ok(), inputs.get(i).label());
            assertEquals(alone.values(), batch.get(i).values(), inputs.get(i).label());
            assertEquals(alone.metadata(), batch.get(i).metadata(), inputs.get(i).label());
        }
        assertEquals((long) inputs.size(), progress.get(progress.size() - 1));
    }
}
