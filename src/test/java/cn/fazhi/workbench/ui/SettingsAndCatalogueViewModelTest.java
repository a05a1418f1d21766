package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.ui.catalogue.CatalogueViewModel;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.ui.settings.SettingsViewModel;
import cn.fazhi.workbench.workflow.Catalogues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 设置 and 指标库 without a window: their view models read, check and save on the sample workspace. */
class SettingsAndCatalogueViewModelTest {
    @TempDir
    Path dir;
    private AppWiring wiring;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        wiring = new AppWiring(new CurrentThreadTaskRunner(), new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()),
                dir.resolve("ws.db"));
        wiring.openWorkspace(dir.resolve("ws.db"));
    }

    @AfterEach
    void close() {
        wiring.close();
    }

    @Test
    void theDeadlineIsReadCheckedAndSavedInTheWorkspace() {
        SettingsViewModel vm = new SettingsViewModel(wiring);
        assertEquals("04-01", vm.deadlineProperty().get());
        vm.deadlineProperty().set("13-40");
        vm.saveDeadline();
        assertEquals(I18n.tr("settings.deadlineBad"), vm.messageProperty().get());
        vm.deadlineProperty().set("05-15");
        vm.saveDeadline();
        assertEquals(I18n.tr("settings.deadlineSaved", 5, 15), vm.messageProperty().get());
        assertEquals("05-15", new SettingsViewModel(wiring).deadlineProperty().get(), "kept in the workspace");
    }

    @Test
    void theReviewerAndTheLanguageAreKeptOnThisComputer() {
        SettingsViewModel vm = new SettingsViewModel(wiring);
        vm.reviewerProperty().set("  张三 ");
        vm.saveReviewer();
        assertEquals("张三", wiring.session().reviewer());
        assertEquals("张三", new SettingsViewModel(wiring).reviewerProperty().get());
        assertEquals(SettingsViewModel.ZH, vm.language());
        vm.setLanguage(SettingsViewModel.EN);
        assertEquals(SettingsViewModel.EN, new SettingsViewModel(wiring).language());
        assertEquals(I18n.tr("settings.languageRestart"), vm.messageProperty().get());
    }

    @Test
    void aNewIndicatorJoinsTheListAndIsNamed() {
        CatalogueViewModel vm = new CatalogueViewModel(wiring);
        int before = vm.indicators().size();
        assertTrue(before >= 20);
        assertTrue(vm.areas().containsKey("disputes"));
        vm.addIndicator(new Catalogues.NewIndicator("custom.visits", "法律咨询", "", "人次", false, "neutral", "disputes",
                "legal_aid", List.of("法律咨询"), false));
        assertEquals(before + 1, vm.indicators().size());
        assertTrue(vm.messageProperty().get().contains("法律咨询"), vm.messageProperty().get());
        assertEquals(vm.areas().get("disputes"), vm.areaName(vm.indicators().get(before)));
    }
}
