package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.ui.details.ReportDetailsEdit;
import cn.fazhi.workbench.ui.population.PopulationViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 报告信息 and 常住人口 as the window drives them, without a window (issues 12, 13, 16). */
class ReportDetailsAndPopulationViewModelTest {
    @TempDir
    Path dir;
    private AppWiring wiring;

    @BeforeEach
    void open() {
        wiring = SampleWiring.open(dir);
        assertNotNull(wiring.session());
    }

    @AfterEach
    void close() {
        wiring.close();
    }

    @Test
    void onlyWhatChangedIsSavedAndARefusalIsWordedInChinese() throws Exception {
        ReportSummary r = wiring.session().queries().reports(2022, "袁州区", false).get(0);
        AtomicReference<ReportSummary> saved = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        ReportDetailsEdit unchanged = new ReportDetailsEdit(null, "");
        assertFalse(unchanged.changesDate(r));
        assertFalse(unchanged.changesUrl(r));
        unchanged.save(wiring, r, saved::set, failed::set);
        assertSame(r, saved.get(), "nothing changed, nothing written");

        new ReportDetailsEdit(LocalDate.of(2023, 2, 20), "https://www.yichun.gov.cn/a.html").save(wiring, r, saved::set, failed::set);
        assertEquals(LocalDate.of(2023, 2, 20), saved.get().publishDate());
        assertTrue(saved.get().publishDateByHand());
        assertEquals("https://www.yichun.gov.cn/a.html", saved.get().sourceUrl());
        long audited = wiring.session().queries().history(r.id(), null).stream()
                .filter(a -> a.action().startsWith("set_")).count();
        assertEquals(2, audited);

        new ReportDetailsEdit(null, "www.yichun.gov.cn").save(wiring, saved.get(), saved::set, failed::set);
        assertNotNull(failed.get());
        String words = cn.fazhi.workbench.ui.common.Dialogs.explain(failed.get());
        assertTrue(words.contains("不是网址"), words);
    }

    @Test
    void populationIsListedImportedAndTheRefusedRowsAreNamed() throws Exception {
        PopulationViewModel vm = new PopulationViewModel(wiring);
        vm.load();
        assertTrue(vm.rows().isEmpty(), "no population is shipped");
        Path csv = dir.resolve("pop.csv");
        Files.writeString(csv, "区划代码,年份,常住人口\n360902,2022,1105000\n360902,2022年,12\n", StandardCharsets.UTF_8);
        vm.importFile(csv);
        assertEquals(1, vm.rows().size());
        assertEquals("江西省宜春市袁州区", vm.rows().get(0).name());
        assertTrue(vm.messageProperty().get().contains("第 3 行"), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("万人"), "the unit problem explained");
        vm.add("袁州区", "2021", "108万");
        assertEquals(2, vm.rows().size());
        vm.remove(vm.rows().get(0));
        assertEquals(1, vm.rows().size());
    }
}
