package cn.fazhi.workbench.ui.scorecard;

import cn.fazhi.workbench.model.ReportCount;
import cn.fazhi.workbench.scorecard.ReportScore;
import cn.fazhi.workbench.scorecard.ScoreWeights;
import cn.fazhi.workbench.scorecard.Scorecard;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.BuildScorecard;
import cn.fazhi.workbench.workflow.ExportComparison;
import cn.fazhi.workbench.workflow.MissingReports;
import cn.fazhi.workbench.workflow.WriteBriefing;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import cn.fazhi.workbench.ui.common.Screen;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 报告评分: the report-compliance scorecard of a year for a province or city, a sheet per 地市, and from it
 * the workbook with the sheet 报告评分 and the 通报 draft in Word. Scoring and writing run in the
 * background with their progress in the status bar; the screen needs only {@link AppWiring}, so it
 * registers like any other screen.
 */
public final class ScorecardView implements Screen {
    private final AppWiring wiring;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<String> province = new ComboBox<>();
    private final ComboBox<String> city = new ComboBox<>();
    private final TextField weights = new TextField();
    private final Button score = new Button(tr("scorecard.score"));
    private final Button excel = new Button(tr("scorecard.exportExcel"));
    private final Button briefing = new Button(tr("scorecard.briefing"));
    private final Label summary = new Label(tr("scorecard.hint"));
    private final TabPane sheets = new TabPane();
    private final VBox root;
    private BuildScorecard.Result result;

    public ScorecardView(AppWiring wiring) {
        this.wiring = wiring;
        year.setId("scorecard-year");
        province.setId("scorecard-province");
        city.setId("scorecard-city");
        city.setPromptText(tr("missing.wholeProvince"));
        weights.setId("scorecard-weights");
        weights.setPrefColumnCount(9);
        weights.setPromptText(ScoreWeights.DEFAULT.toString());
        weights.setTooltip(new javafx.scene.control.Tooltip(tr("scorecard.weights.tip")));
        score.setId("scorecard-score");
        excel.setId("scorecard-export");
        briefing.setId("scorecard-briefing");
        summary.setId("scorecard-summary");
        summary.setWrapText(true);
        sheets.setId("scorecard-sheets");
        sheets.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        excel.setDisable(true);
        briefing.setDisable(true);
        province.valueProperty().addListener((o, a, p) -> {
            city.getItems().setAll(p == null ? List.of() : MissingReports.cities(p));
            city.setValue(null);
        });
        score.setOnAction(e -> score());
        excel.setOnAction(e -> exportExcel());
        briefing.setOnAction(e -> writeBriefing());
        HBox bar = new HBox(8, new Label(tr("scorecard.year")), year, new Label(tr("missing.province")), province,
                new Label(tr("missing.city")), city, new Label(tr("scorecard.weights")), weights, score, excel, briefing);
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, bar, summary, sheets);
        root.setPadding(new Insets(12));
        VBox.setVgrow(sheets, Priority.ALWAYS);
        root.getStylesheets().add(ScorecardView.class.getResource("/ui/scorecard.css").toExternalForm());
        root.setId("scorecard-root");
        loadChoices();
    }

    @Override
    public Node node() {
        return root;
    }

    /** Shown again: the years and places may have changed since (an import). */
    @Override
    public void refresh() {
        loadChoices();
    }

    /** Years with reports and the province most reports are from, read in the background. */
    private void loadChoices() {
        var s = wiring.session();
        if (s == null) {
            return;
        }
        wiring.tasks().run("scorecard-choices", (p, c) -> {
            TreeSet<Integer> years = new TreeSet<>();
            Map<String, Integer> provinces = new java.util.HashMap<>();
            for (ReportCount r : s.queries().reportCounts()) { // counts, not the report list (issue 17)
                if (r.year() != null) {
                    years.add(r.year());
                }
                if (r.jurisdiction() != null) {
                    provinces.merge(r.jurisdiction().province(), r.reports(), Integer::sum);
                }
            }
            String top = provinces.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            return new Object[] {List.copyOf(years.descendingSet()), MissingReports.provinces(), top};
        }, r -> {
            @SuppressWarnings("unchecked") List<Integer> ys = (List<Integer>) r[0];
            @SuppressWarnings("unchecked") List<String> ps = (List<String>) r[1];
            Integer chosenYear = year.getValue();
            year.getItems().setAll(ys);
            year.setValue(chosenYear != null && ys.contains(chosenYear) ? chosenYear : ys.isEmpty() ? null : ys.get(0));
            if (province.getItems().isEmpty()) {
                province.getItems().setAll(ps);
                province.setValue((String) r[2]);
            }
        }, t -> summary.setText(Dialogs.explain(t)));
    }

    private void score() {
        var s = wiring.session();
        Integer y = year.getValue();
        if (s == null || y == null) {
            return;
        }
        ScoreWeights w;
        try {
            w = weights.getText().isBlank() ? null : ScoreWeights.parse(weights.getText());
        } catch (IllegalArgumentException e) {
            summary.setText(tr("scorecard.weights.invalid"));
            return;
        }
        String p = province.getValue();
        String c = city.getValue();
        score.setDisable(true);
        summary.setText(tr("scorecard.computing"));
        wiring.track(wiring.tasks().run(tr("scorecard.computing"), (progress, cancel) -> {
            BuildScorecard b = new BuildScorecard(s);
            if (w != null) {
                b.setWeights(w);
            }
            return b.build(y, p, c, null, progress, cancel);
        }, this::show, t -> {
            score.setDisable(false);
            summary.setText(Dialogs.explain(t));
        }));
    }

    private void show(BuildScorecard.Result r) {
        result = r;
        score.setDisable(false);
        Scorecard card = r.scorecard();
        weights.setText(card.weights().toString());
        sheets.getTabs().clear();
        for (Map.Entry<String, List<ReportScore>> e : card.byCity().entrySet()) {
            double mean = e.getValue().stream().filter(x -> x.facts().hasReport()).mapToDouble(ReportScore::total).average().orElse(0);
            Tab tab = new Tab(e.getKey() + "  " + ScorecardTable.score(Math.round(mean * 10) / 10.0), ScorecardTable.of(e.getValue()));
            tab.setId("scorecard-sheet-" + e.getKey());
            sheets.getTabs().add(tab);
        }
        summary.setText(tr("scorecard.summary", card.year(), card.expected(), card.reported(),
                card.count(ReportScore.Timeliness.ON_TIME), card.count(ReportScore.Timeliness.LATE), card.complete(),
                ScorecardTable.score(card.meanTotal())));
        excel.setDisable(card.reported() == 0);
        briefing.setDisable(card.reported() == 0);
    }

    private Path chooseFile(String name, String description, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File f = fc.showSaveDialog(window());
        return f == null ? null : f.toPath();
    }

    private void exportExcel() {
        BuildScorecard.Result r = result;
        Path target = r == null ? null : chooseFile(r.scorecard().year() + "年度报告评分.xlsx", "Excel", "*.xlsx");
        if (target != null) {
            exportExcelTo(target);
        }
    }

    /** Writes the workbook of the scorecard on screen (with the sheet 报告评分) in the background. */
    void exportExcelTo(Path target) {
        BuildScorecard.Result r = result;
        var s = wiring.session();
        String title = tr("scorecard.workbookTitle", r.scorecard().year());
        wiring.track(wiring.tasks().run(tr("scorecard.exporting"), (p, c) -> new ExportComparison().export(s, r, title, target),
                written -> done(written), t -> Dialogs.error(window(), tr("scorecard.exportFailed"), t)));
    }

    private void writeBriefing() {
        BuildScorecard.Result r = result;
        Path target = r == null ? null : chooseFile(r.scorecard().year() + "年度法治政府建设情况报告通报.docx", "Word", "*.docx");
        if (target != null) {
            writeBriefingTo(target);
        }
    }

    /** Writes the 通报 of the scorecard on screen in the background. */
    void writeBriefingTo(Path target) {
        BuildScorecard.Result r = result;
        var s = wiring.session();
        wiring.track(wiring.tasks().run(tr("scorecard.writingBriefing"),
                (p, c) -> new WriteBriefing(s).write(r, target, LocalDate.now()).file(),
                written -> done(written), t -> Dialogs.error(window(), tr("scorecard.briefingFailed"), t)));
    }

    private void done(Path written) {
        summary.setText(tr("scorecard.written", written.toString()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
