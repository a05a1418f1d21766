package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.Catalogue.PartWords;
import cn.fazhi.workbench.ui.catalogue.CatalogueViewModel;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.settings.SettingsViewModel;
import cn.fazhi.workbench.workflow.Catalogues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 设置 and 指标库 without a window: their view models read, check and save on the sample workspace. */
class SettingsAndCatalogueViewModelTest {
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

    @Test
    void thePartWordsShowPerIndicatorAndAnEditedCopyTakesEffect() throws Exception {
        CatalogueViewModel vm = new CatalogueViewModel(wiring);
        assertTrue(vm.partWords(indicator(vm, "litigation.cases")).contains("二审|再审"), vm.partWords(indicator(vm, "litigation.cases")));
        assertTrue(vm.partWords(indicator(vm, "litigation.cases")).contains("（括号内也算）"));
        assertTrue(vm.partWords(indicator(vm, "normative_docs.filed")).contains("规章（除非：规范性文件）"));
        // labour arbitration's only words (round 52): collective disputes
        assertTrue(vm.partWords(indicator(vm, "labour_arbitration.closing_rate")).contains("集体"),
                vm.partWords(indicator(vm, "labour_arbitration.closing_rate")));

        // A person's copy: the licensing part words are theirs alone; the window shows them and extraction uses them.
        Path copy = dir.resolve("mine.json");
        Catalogues.exportBundled(copy);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(copy.toFile());
        root.with("parts").putArray("licensing").addObject().put("words", "医疗器械");
        java.nio.file.Files.writeString(copy, json.writeValueAsString(root));
        vm.useCopy(copy);
        assertEquals("医疗器械", vm.partWords(indicator(vm, "licensing.handled")));
        assertEquals(0, licensingValues("全年办理医疗器械审批事项300件。"), "the person's words make it a part");
        assertEquals(1, licensingValues("全年办理不动产登记审批事项4500件。"), "the bundled words are no longer in force");
    }

    @Test
    void aBrokenCopyIsRefusedInTheWindowsWordsAndTheCatalogueInForceStays() throws Exception {
        CatalogueViewModel vm = new CatalogueViewModel(wiring);
        Path copy = dir.resolve("broken.json");
        Catalogues.exportBundled(copy);
        java.nio.file.Files.writeString(copy, java.nio.file.Files.readString(copy).replace("\"words\": \"二审|", "\"words\": \"(二审|"));
        vm.useCopy(copy);
        String said = vm.messageProperty().get();
        assertTrue(said.startsWith("主题 litigation 的“只算一部分”用语第 2 条的 words 不是有效的正则表达式"), said);
        assertTrue(said.contains("litigation.cases") && said.contains("(二审|"), said);
        assertTrue(vm.partWords(indicator(vm, "licensing.handled")).contains("不动产"), "the bundled catalogue stays in force");
    }

    @Test
    void aSubjectsPartWordsAreEditedInTheAppAndTheOthersStay() throws Exception {
        CatalogueViewModel vm = new CatalogueViewModel(wiring);
        // a workspace copy from before the part words moved into the catalogue: it has none of its own
        Path old = dir.resolve("old.json");
        Catalogues.exportBundled(old);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(old.toFile());
        root.remove("parts");
        java.nio.file.Files.writeString(old, json.writeValueAsString(root));
        vm.useCopy(old);
        var litigation = vm.partsOf("litigation");
        assertEquals(2, litigation.size(), "the bundled words stand in for the missing ones");

        var kept = vm.partsOf("licensing").get(0);
        vm.setPartWords("licensing", List.of(kept, new PartWords("医疗器械", "全部", false), new PartWords(" ", null, true)));
        assertEquals(I18n.tr("catalogue.partsSaved", "licensing"), vm.messageProperty().get());
        assertEquals(List.of(kept, new PartWords("医疗器械", "全部", false)), vm.partsOf("licensing"), "a row without words is removed");
        assertEquals(litigation, vm.partsOf("litigation"), "the other subjects keep their words");
        assertEquals(0, licensingValues("全年办理医疗器械审批事项300件。"));
        assertEquals(1, licensingValues("全年办理医疗器械等全部审批事项300件。"), "unless the whole after all");

        vm.setPartWords("licensing", List.of(new PartWords("医疗(器械", null, false)));
        assertTrue(vm.messageProperty().get().startsWith("主题 licensing 的“只算一部分”用语第 1 条的 words 不是有效的正则表达式"),
                vm.messageProperty().get());
        assertEquals(2, vm.partsOf("licensing").size(), "a refused edit leaves the words in force");
    }

    private static cn.fazhi.workbench.model.Indicator indicator(CatalogueViewModel vm, String code) {
        return vm.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private long licensingValues(String sentence) {
        var x = wiring.session().extractor().extract(new cn.fazhi.workbench.model.ReportText(
                "通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n" + sentence + "\n二、存在的问题\n执法力量不足。\n",
                cn.fazhi.workbench.model.ReportFormat.TXT, "UTF-8"));
        return x.values().stream().filter(v -> v.indicator().equals("licensing.handled")).count();
    }
}
