package cn.fazhi.workbench.ui.settings;

import cn.fazhi.workbench.bench.BenchmarkCorpus;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.CurrentThreadTaskRunner;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.workflow.OldDuplicates;
import cn.fazhi.workbench.workflow.SampleReports;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 设置 → 合并重复报告…: lists the old copies first, merges only after 确定, and says what it did. */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class MergeDuplicatesUiTest extends ApplicationTest {
    @TempDir
    static Path dir;
    private AppWiring wiring;

    @Override
    public void start(Stage stage) throws Exception {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        Path ws = dir.resolve(UUID.randomUUID() + "/ws.db");
        String text = SampleReports.text(SampleReports.names().stream().filter(n -> n.startsWith("003")).findFirst().orElseThrow());
        try (WorkspaceSession s = WorkspaceSession.open(ws, false)) { // a workspace from before: the report twice, both in force
            OldDuplicates.store(s, "袁州区.txt", text.getBytes(StandardCharsets.UTF_8));
            OldDuplicates.store(s, "袁州区.docx", BenchmarkCorpus.docx(text));
        }
        wiring = new AppWiring(new CurrentThreadTaskRunner(), new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), ws);
        wiring.openWorkspace(ws);
        stage.setScene(new Scene((javafx.scene.Parent) new SettingsView(wiring, stage).node(), 1100, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        interact(() -> wiring.close());
    }

    @Test
    void theCopiesAreListedFirstAndMergedAfterConfirming() throws Exception {
        assertEquals(2, wiring.session().queries().reports(null, null, false).size());
        clickOn("#settings-dedupe");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#dedupe-confirm").tryQuery().isPresent());
        DialogPane confirm = lookup("#dedupe-confirm").query();
        assertTrue(confirm.getHeaderText().startsWith("1 份报告各保存了不止一次（共 1 份副本）"), confirm.getHeaderText());
        String list = ((TextArea) confirm.lookup("#dedupe-list")).getText();
        assertTrue(list.contains("江西省宜春市袁州区 2022年：现行版本 "), list);
        assertEquals(2, wiring.session().queries().reports(null, null, false).size(), "nothing merged before 确定");
        clickOn(confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = lookup("#settings-dedupe-message").query();
        assertEquals("已合并 1 份报告：1 份副本改为其他版本。", message.getText());
        assertEquals(1, wiring.session().queries().reports(null, null, false).size());
        assertEquals(2, wiring.session().queries().reports(null, null, true).size(), "the copy is kept, as a version");
    }
}
