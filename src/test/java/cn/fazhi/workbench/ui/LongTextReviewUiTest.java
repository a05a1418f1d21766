package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import cn.fazhi.workbench.ui.review.ReviewView;
import cn.fazhi.workbench.workflow.ImportReports;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text far longer than any report (a whole yearbook imported as one file) is laid out a stretch at a time:
 * laying out 2.8 million characters at once held the window 5–10 s per frame. Choosing a value far down moves
 * the stretch to it and marks its figure; the bar says which part is shown and moves through the text.
 */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class LongTextReviewUiTest extends WindowTest {

    @Test
    void aLongTextIsShownAStretchAtATimeAndAChosenValueFarDownIsMarked() throws Exception {
        String filler = "一是坚持依法行政，推进严格规范公正文明执法，持续深化法治政府建设各项工作。\n".repeat(4_000); // 152,000 characters
        String text = "通山县2022年度法治政府建设情况报告\n一、主要成效\n" + filler
                + "全县共调处矛盾纠纷4321件，调处成功4300件。\n" + filler;
        Path file = dir.resolve("yearbook.txt");
        Files.writeString(file, text);
        var out = new ImportReports(wiring.session()).run(ImportReports.sources(List.of(file.toString())),
                ImportReports.NewVersionPolicy.KEEP_BOTH, ProgressListener.NONE, CancellationToken.none());
        long report = out.get(0).reportId();
        StoredValue far = wiring.session().queries().values(report).stream()
                .filter(v -> v.value().indicator().equals("mediation.disputes")).findFirst().orElseThrow();
        assertTrue(far.value().evidence().start() > 100_000, "the figure stands far down the text");

        interact(() -> window.openReview(report, null));
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow flow = lookup("#review-text").queryAs(TextFlow.class);
        assertTrue(shownLength(flow) <= 60_000, "a stretch is laid out, not the whole text: " + shownLength(flow));
        Label words = lookup("#review-text-window .label").queryAs(Label.class);
        assertTrue(words.getText().contains(String.format("%,d", text.length())), words.getText());

        ReviewView view = (ReviewView) window.screen("queue");
        interact(() -> view.viewModel().selectedProperty().set(far));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#review-figure-mark").tryQuery().isPresent(), "the far figure is marked");
        String shown = flowText(flow);
        assertTrue(shown.contains("全县共调处矛盾纠纷4321件"), "the stretch moved to the chosen value");
        assertTrue(shownLength(flow) <= 60_000);

        List<Button> buttons = lookup("#review-text-window .button").queryAllAs(Button.class).stream().toList();
        Button previous = buttons.get(0);
        assertFalse(previous.isDisabled(), "there is text before the stretch");
        interact(previous::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(flowText(flow).contains("全县共调处矛盾纠纷4321件"), "the stretch before the value");
        interact(() -> view.viewModel().selectedProperty().set(null));
        interact(() -> view.viewModel().selectedProperty().set(far));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(flowText(flow).contains("全县共调处矛盾纠纷4321件"), "choosing the value again goes back to it");
    }

    private static int shownLength(TextFlow flow) {
        return flowText(flow).length();
    }

    private static String flowText(TextFlow flow) {
        StringBuilder b = new StringBuilder();
        flow.getChildren().forEach(n -> b.append(((Text) n).getText()));
        return b.toString();
    }
}
