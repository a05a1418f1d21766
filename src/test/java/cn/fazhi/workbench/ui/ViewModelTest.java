package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.TaskRunner;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.ui.dashboard.DashboardViewModel;
import cn.fazhi.workbench.ui.importer.ImportViewModel;
import cn.fazhi.workbench.ui.review.ReviewViewModel;
import cn.fazhi.workbench.workflow.ImportReports;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View models without a window: JavaFX properties work without the toolkit. */
class ViewModelTest {
    @TempDir
    Path dir;
    private AppWiring wiring;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        wiring = new AppWiring(new CurrentThreadTaskRunner(), new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()),
                dir.resolve("ws.db"));
        wiring.openWorkspace(dir.resolve("ws.db"));
        assertNotNull(wiring.session(), "first run opens the workspace with the samples");
    }

    @AfterEach
    void close() {
        wiring.close();
    }

    @Test
    void importViewModelListsEveryFileAndCountsThoseNeedingAttention() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("unknown.txt"), "关于法治政府建设情况的报告\n全区共调处矛盾纠纷88件。\n");
        Files.write(folder.resolve("empty.pdf"), new byte[0]);
        ImportViewModel vm = new ImportViewModel(wiring);
        vm.importPaths(List.of(folder));
        assertEquals(2, vm.outcomes().size());
        assertEquals(1, vm.needingAttention());
        assertTrue(vm.summaryProperty().get().contains("失败 1"), vm.summaryProperty().get());
        assertEquals(ImportReports.Status.FAILED, vm.outcomes().get(0).status());
    }

    @Test
    void reviewViewModelSavesCorrectionsAndUndoesThem() throws Exception {
        long report = wiring.session().queries().reports(null, "袁州区", false).get(0).id();
        ReviewViewModel vm = new ReviewViewModel(wiring);
        vm.open(report, null);
        var disputes = vm.values().stream().filter(v -> v.value().indicator().equals("mediation.disputes")).findFirst().orElseThrow();
        vm.selectedProperty().set(disputes);
        vm.correct(new BigDecimal("7353"), null, null, "recount");
        assertEquals(0, new BigDecimal("7353").compareTo(vm.selectedProperty().get().value().value()));
        assertEquals(1, vm.undoDepthProperty().get());
        assertTrue(vm.history().stream().anyMatch(a -> a.action().equals("correct")));
        vm.undo();
        assertEquals(0, new BigDecimal("7352").compareTo(vm.selectedProperty().get().value().value()));
        assertTrue(vm.messageProperty().get().contains("撤销"), vm.messageProperty().get());
    }

    /** Holds jobs until the test releases them, in any order. */
    static final class ManualRunner implements TaskRunner {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending.add(() -> {
                try {
                    onSuccess.accept(job.run((d, t, m) -> { }, new cn.fazhi.workbench.task.CancellationToken()));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            SimpleBooleanProperty running = new SimpleBooleanProperty(true);
            SimpleDoubleProperty progress = new SimpleDoubleProperty();
            SimpleStringProperty message = new SimpleStringProperty();
            return new Handle() {
                public ReadOnlyDoubleProperty progressProperty() {
                    return progress;
                }

                public ReadOnlyStringProperty messageProperty() {
                    return message;
                }

                public ReadOnlyBooleanProperty runningProperty() {
                    return running;
                }

                public void cancel() {
                }
            };
        }
    }

    @Test
    void dashboardShowsOnlyTheNewestComparisonWhenResultsArriveOutOfOrder() {
        ManualRunner runner = new ManualRunner();
        AppWiring manual = new AppWiring(runner, new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), wiring.session().path());
        manual.openWorkspace(wiring.session().path());
        runner.pending.remove(0).run(); // open
        DashboardViewModel vm = new DashboardViewModel(manual);
        vm.load();
        runner.pending.remove(0).run(); // what can be selected; then the first comparison is queued
        runner.pending.clear();
        vm.yearProperty().set(2022);
        vm.withPreviousYearProperty().set(false);
        vm.areas().add("rules");                  // request A: rules only
        vm.areas().clear();                       // request B: everything (the newest)
        assertTrue(runner.pending.size() >= 2);
        List<Runnable> jobs = new ArrayList<>(runner.pending);
        runner.pending.clear();
        jobs.get(jobs.size() - 1).run();          // the newest answers first
        ComparisonTable newest = vm.tableProperty().get();
        assertNotNull(newest);
        for (int k = 0; k < jobs.size() - 1; k++) {
            jobs.get(k).run();                    // stale answers arrive later and are ignored
        }
        assertEquals(newest, vm.tableProperty().get());
        assertTrue(vm.tableProperty().get().indicators().size() > 3, "all areas, not the stale 'rules' result");
        manual.close();
    }

    @Test
    void aCorrectionThatIsNotSaneIsRefusedInChinese() throws Exception {
        long report = wiring.session().queries().reports(null, "袁州区", false).get(0).id();
        ReviewViewModel vm = new ReviewViewModel(wiring);
        vm.open(report, null);
        var disputes = vm.values().stream().filter(v -> v.value().indicator().equals("mediation.disputes")).findFirst().orElseThrow();
        vm.selectedProperty().set(disputes);
        vm.correct(new BigDecimal("1e400"), null, null, null);
        assertEquals("数值过大，不可能是报告中的数字（上限为一万亿）。", vm.messageProperty().get());
        vm.correct(new BigDecimal("-3"), null, null, null);
        assertEquals("数值不能为负数。", vm.messageProperty().get());
        assertEquals(0, new BigDecimal("7352").compareTo(vm.selectedProperty().get().value().value()), "nothing changed");
        assertEquals(0, vm.undoDepthProperty().get());
    }

    @Test
    void theDashboardSaysWhichStoredValueItLeftOut() throws Exception {
        long report = wiring.session().queries().reports(null, "袁州区", false).get(0).id();
        long valueId = wiring.session().queries().values(report).stream()
                .filter(v -> v.value().indicator().equals("mediation.disputes")).findFirst().orElseThrow().id();
        // a value stored past the door, as an older version could have done
        try (var ws = cn.fazhi.workbench.store.Workspace.open(wiring.session().path())) {
            new cn.fazhi.workbench.store.ReportStore(ws).correct(valueId, new BigDecimal("1e400"), null, null, null);
        }
        DashboardViewModel vm = new DashboardViewModel(wiring);
        vm.load();
        vm.yearProperty().set(2022);
        vm.recompute();
        assertNotNull(vm.tableProperty().get());
        assertTrue(vm.messageProperty().get().contains("未参与比对") && vm.messageProperty().get().contains("报告 " + report),
                vm.messageProperty().get());
    }
}
