package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import cn.fazhi.workbench.ui.review.ReviewView;
import cn.fazhi.workbench.workflow.ImportReports;
import cn.fazhi.workbench.workflow.ReviewValues;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A suggestion from a scan: 对照原页 shows its page with the figure's box (headless window). */
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS)
class ScanPageUiTest extends WindowTest {

    @Test
    void theScanPageShowsTheRecognisedFigureInItsBox() throws Exception {
        Path scan = Path.of(ScanPageUiTest.class.getResource("/fixtures/scan-small.pdf").toURI());
        var out = new ImportReports(wiring.session()).run(ImportReports.sources(List.of(scan.toString())),
                ImportReports.NewVersionPolicy.KEEP_BOTH, ProgressListener.NONE, CancellationToken.none());
        long reportId = out.get(0).reportId();
        var suggestion = new ReviewValues(wiring.session()).suggestions(reportId).stream()
                .filter(s -> s.value().value().intValue() == 7352).findFirst().orElseThrow();
        clickOn("#nav-queue");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewView view = (ReviewView) window.screen("queue");
        interact(() -> view.viewModel().show(reportId, null, suggestion.id()));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> view.viewModel().selectedSuggestionProperty().set(suggestion));
        Button button = lookup("#review-scan-page").queryAs(Button.class);
        assertFalse(button.isDisabled(), "enabled for a suggestion from a scan");
        interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#scan-page-figure").tryQuery().isPresent(), "the page window marks the figure");
    }
}
