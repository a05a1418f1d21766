package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.ui.common.LatestWinsJob;
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
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View models without a window: JavaFX properties work without the toolkit. */
class ViewModelTest {
    @TempDir
    Path dir;
    private AppWiring wiring;

    @BeforeEach
    void open() {
        wiring = SampleWiring.open(dir);
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

    @Test
    void aDecisionOnAValueChangedElsewhereIsRefusedSaidInChineseAndTheValueReadAgain() throws Exception {
        long report = wiring.session().queries().reports(null, "袁州区", false).get(0).id();
        ReviewViewModel vm = new ReviewViewModel(wiring);
        vm.open(report, null);
        var disputes = vm.values().stream().filter(v -> v.value().indicator().equals("mediation.disputes")).findFirst().orElseThrow();
        vm.selectedProperty().set(disputes);
        // another person (or the command line) corrects it while this screen still shows 7,352
        new cn.fazhi.workbench.workflow.ReviewValues(wiring.session()).correct(disputes.id(), new BigDecimal("7400"), null, null, "other");
        vm.confirm();
        assertTrue(vm.messageProperty().get().startsWith("没有修改：这个数值在你查看之后已被别人"), vm.messageProperty().get());
        assertEquals(0, vm.undoDepthProperty().get(), "nothing to undo: nothing was done");
        var now = vm.values().stream().filter(v -> v.id() == disputes.id()).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("7400").compareTo(now.value().value()), "the screen shows what is stored now");
        assertEquals(cn.fazhi.workbench.model.ReviewStatus.CORRECTED, now.status());
        vm.selectedProperty().set(now);
        vm.confirm();
        assertEquals(cn.fazhi.workbench.model.ReviewStatus.CONFIRMED, vm.selectedProperty().get().status(), "decided on what it shows");
    }

    /** Holds jobs (and, when asked, delayed actions) until the test releases them, in any order. */
    static final class ManualRunner implements TaskRunner {
        final List<Runnable> pending = new ArrayList<>();
        final List<cn.fazhi.workbench.task.CancellationToken> tokens = new ArrayList<>();
        final List<Runnable> timers = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();
        boolean holdTimers;

        @Override
        public Runnable schedule(long delayMillis, Runnable action) {
            delays.add(delayMillis);
            if (!holdTimers) {
                action.run();
                return () -> { };
            }
            timers.add(action);
            return () -> timers.remove(action);
        }

        /** The delay is over: runs the delayed actions still due. */
        void fireTimers() {
            List<Runnable> due = new ArrayList<>(timers);
            timers.clear();
            due.forEach(Runnable::run);
        }

        @Override
        public <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            var token = new cn.fazhi.workbench.task.CancellationToken();
            tokens.add(token);
            pending.add(() -> {
                try {
                    onSuccess.accept(job.run((d, t, m) -> { }, token));
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
                    token.cancel();
                }
            };
        }
    }

    /** A dashboard on its own wiring whose jobs run only when a test runs them; the workspace already opened. */
    private record ManualDashboard(ManualRunner runner, AppWiring wiring, DashboardViewModel vm) {
    }

    private ManualDashboard manualDashboard() {
        ManualRunner runner = new ManualRunner();
        AppWiring manual = new AppWiring(runner, new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), wiring.session().path());
        manual.openWorkspace(wiring.session().path());
        runner.pending.remove(0).run(); // open
        DashboardViewModel vm = new DashboardViewModel(manual);
        vm.load();
        return new ManualDashboard(runner, manual, vm);
    }

    @Test
    void dashboardShowsOnlyTheNewestComparisonWhenResultsArriveOutOfOrder() {
        ManualDashboard d = manualDashboard();
        ManualRunner runner = d.runner();
        AppWiring manual = d.wiring();
        DashboardViewModel vm = d.vm();
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
    void aStartingComparisonSaysWhichIndicatorsItWillShowBeforeItIsRead() {
        ManualDashboard d = manualDashboard();
        ManualRunner runner = d.runner();
        AppWiring manual = d.wiring();
        DashboardViewModel vm = d.vm();
        runner.pending.remove(0).run(); // what can be selected; then the first comparison is queued, not yet read
        var coming = vm.comingProperty().get();
        assertNotNull(coming, "known when the comparison starts");
        assertNull(vm.tableProperty().get());
        assertEquals(vm.reportedIn(vm.yearProperty().get()).size(), coming.jurisdictions());
        runner.pending.remove(0).run(); // the comparison
        assertEquals(vm.tableProperty().get().indicators(), coming.indicators(), "the columns made ahead are the table's");
        vm.setAreas(List.of("rules"));
        runner.pending.remove(0).run();
        assertEquals(vm.tableProperty().get().indicators(), vm.comingProperty().get().indicators());
        assertTrue(vm.comingProperty().get().indicators().size() < coming.indicators().size());
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

    /** A refused request is said in Chinese from its code (ReviewValues.Refusal), never in the core's English. */
    @Test
    void aRefusedJurisdictionOrYearIsSaidInChinese() throws Exception {
        long report = wiring.session().queries().reports(null, "袁州区", false).get(0).id();
        ReviewViewModel vm = new ReviewViewModel(wiring);
        vm.open(report, null);
        vm.setJurisdiction("鼓楼区");
        String ambiguous = vm.messageProperty().get();
        assertTrue(ambiguous.startsWith("“鼓楼区”可能是：") && ambiguous.contains("、"), ambiguous);
        vm.setYear(1800);
        assertEquals("年度须在 2000 至 2100 之间（填写的是 1800）。", vm.messageProperty().get());
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

    @Test
    void aBurstOf500RequestsIsOneComputation() {
        ManualRunner runner = new ManualRunner();
        runner.holdTimers = true;
        int[] computed = {0};
        List<Integer> shown = new ArrayList<>();
        int[] input = {0};
        LatestWinsJob<Integer> job = new LatestWinsJob<>(runner, "test", 150, () -> {
            int captured = input[0];
            return (p, c) -> {
                computed[0]++;
                return captured;
            };
        }, shown::add, t -> { throw new AssertionError(t); });
        for (int k = 1; k <= 500; k++) {
            input[0] = k;
            job.request();
        }
        assertTrue(job.pendingProperty().get(), "says it is computing before the burst is over");
        assertEquals(1, runner.timers.size(), "one timer for the whole burst");
        runner.fireTimers();
        assertEquals(1, runner.pending.size());
        runner.pending.remove(0).run();
        assertEquals(1, computed[0]);
        assertEquals(List.of(500), shown, "the last input of the burst");
        assertEquals(1, job.started());
        assertTrue(!job.pendingProperty().get());
    }

    /** A job with a 150 ms burst wait whose answer is the input as it was when its run was asked for. */
    private static LatestWinsJob<Integer> echoJob(ManualRunner runner, int[] input, List<Integer> shown,
                                                  java.util.function.Consumer<Throwable> onError) {
        return new LatestWinsJob<>(runner, "test", 150, () -> {
            int captured = input[0];
            return (p, c) -> captured;
        }, shown::add, onError);
    }

    @Test
    void aRequestMadeInOneStepStartsWithoutWaitingForABurstAndReplacesAWaitingOne() {
        ManualRunner runner = new ManualRunner();
        runner.holdTimers = true;
        int[] input = {0};
        List<Integer> shown = new ArrayList<>();
        LatestWinsJob<Integer> job = echoJob(runner, input, shown, t -> { throw new AssertionError(t); });
        input[0] = 1;
        job.request();
        input[0] = 2;
        job.requestNow();
        assertEquals(List.of(150L, 0L), runner.delays, "the burst's wait, then none");
        assertEquals(1, runner.timers.size(), "the waiting request was replaced");
        runner.fireTimers();
        runner.pending.remove(0).run();
        assertEquals(List.of(2), shown);
        assertEquals(1, job.started());
    }

    @Test
    void aNewRequestCancelsTheRunningOneAndItsAnswerIsNeverShown() {
        ManualRunner runner = new ManualRunner();
        runner.holdTimers = true;
        int[] input = {0};
        List<Integer> shown = new ArrayList<>();
        LatestWinsJob<Integer> job = echoJob(runner, input, shown, t -> { });
        input[0] = 1;
        job.request();
        runner.fireTimers();                       // run 1 starts
        input[0] = 2;
        job.request();                             // run 1 is cancelled
        assertTrue(runner.tokens.get(0).isCancelled());
        runner.fireTimers();                       // run 2 starts
        runner.pending.get(1).run();               // the newest answers first
        runner.pending.get(0).run();               // the stale answer arrives late
        assertEquals(List.of(2), shown);
    }

    @Test
    void dashboardComparesOnceForAThousandTreeChangesAndSaysWhatItIsDoing() {
        ManualRunner runner = new ManualRunner();
        AppWiring manual = new AppWiring(runner, new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), wiring.session().path());
        manual.openWorkspace(wiring.session().path());
        runner.pending.remove(0).run(); // open
        runner.holdTimers = true;
        DashboardViewModel vm = new DashboardViewModel(manual);
        vm.load();
        assertEquals("正在读取工作区里的报告……", vm.placeholderProperty().get(), "not 'no reports' while loading");
        runner.pending.remove(0).run(); // what can be selected
        assertEquals("正在比对……", vm.placeholderProperty().get(), "queued: says it is comparing");
        runner.fireTimers();
        runner.pending.clear();
        runner.tokens.clear();
        for (int k = 0; k < 500; k++) {           // a click on 全部地区, element by element
            vm.chosen().add("地区" + k);
        }
        for (int k = 0; k < 500; k++) {
            vm.chosen().remove("地区" + k);
        }
        vm.setChosen(List.of("江西省宜春市袁州区"));
        runner.fireTimers();
        assertEquals(1, runner.pending.size(), "one comparison for the whole burst");
        assertEquals("正在比对……", vm.placeholderProperty().get());
        runner.pending.remove(0).run();
        assertEquals(List.of("袁州区"), vm.tableProperty().get().jurisdictions().stream().map(j -> j.name()).toList());
        vm.setChosen(List.of("—"));
        runner.fireTimers();
        runner.pending.remove(0).run();
        assertTrue(vm.tableProperty().get().isEmpty());
        assertEquals("所选范围内没有报告。请导入报告，或调整年度和地区。", vm.placeholderProperty().get(), "the answer is known");
        manual.close();
    }

    @Test
    void reportsListSaysItIsReadingUntilTheReportsAreThereAndFiltersOnce() {
        ManualRunner runner = new ManualRunner();
        AppWiring manual = new AppWiring(runner, new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), wiring.session().path());
        manual.openWorkspace(wiring.session().path());
        runner.pending.remove(0).run(); // open
        runner.holdTimers = true;
        var vm = new cn.fazhi.workbench.ui.reports.ReportsViewModel(manual);
        vm.load();
        assertTrue(vm.busyProperty().get(), "an empty list is not 'no reports' while they are read");
        runner.pending.remove(0).run();
        runner.fireTimers();
        runner.pending.remove(0).run();
        assertTrue(!vm.busyProperty().get());
        assertEquals(5, vm.shown().size());
        for (String typed : List.of("袁", "袁州", "袁州区")) {
            vm.filterProperty().set(typed);
        }
        runner.fireTimers();
        assertEquals(1, runner.pending.size(), "typing is one filtering");
        runner.pending.remove(0).run();
        assertEquals(1, vm.shown().size());
        manual.close();
    }
}
