package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import cn.fazhi.workbench.ui.review.ReviewViewModel;
import cn.fazhi.workbench.workflow.ImportReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review screen says on which page of a PDF a figure stands, and nothing for a .txt report. */
class ReviewPagesViewModelTest {
    @TempDir
    Path dir;
    private AppWiring wiring;

    @BeforeEach
    void open() {
        wiring = SampleWiring.open(dir);
    }

    @AfterEach
    void close() {
        wiring.close();
    }

    @Test
    void aPdfsFiguresShowTheirPageAndATxtsShowNone() throws Exception {
        Path pdf = dir.resolve("two-page-report.pdf");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/two-page-report.pdf")) {
            Files.write(pdf, in.readAllBytes());
        }
        var out = new ImportReports(wiring.session()).run(ImportReports.sources(List.of(pdf.toString())),
                ImportReports.NewVersionPolicy.KEEP_BOTH, ProgressListener.NONE, CancellationToken.none());
        assertEquals(ImportReports.Status.IMPORTED, out.get(0).status(), out.toString());

        ReviewViewModel vm = new ReviewViewModel(wiring);
        vm.open(out.get(0).reportId(), null);
        assertFalse(vm.values().isEmpty());
        boolean page1 = false;
        boolean page2 = false;
        for (var v : vm.values()) {
            String said = v.value().evidence().sentence();
            if (said.contains("审查规范性文件")) {
                assertEquals("第2页", vm.pageOf(v.value().evidence()), said);
                page2 = true;
            } else if (said.contains("调处矛盾纠纷")) {
                assertEquals("第1页", vm.pageOf(v.value().evidence()), said);
                page1 = true;
            }
        }
        assertTrue(page1 && page2, "figures from both pages");

        long txt = wiring.session().queries().reports(null, "袁州区", false).get(0).id();
        vm.open(txt, null);
        assertFalse(vm.values().isEmpty());
        vm.values().forEach(v -> assertEquals("", vm.pageOf(v.value().evidence()), "a sample .txt has no pages"));
    }
}
