package cn.fazhi.workbench.ui.scorecard;

import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.ReportPart;
import cn.fazhi.workbench.scorecard.ReportScore;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * One 地市's sheet of the scorecard: a row per jurisdiction, each part ✓/△/✗ with the heading that matched
 * in its tooltip, the criteria's scores and the total with its grade shown by symbol and colour.
 */
final class ScorecardTable {
    private ScorecardTable() {
    }

    static TableView<ReportScore> of(List<ReportScore> rows) {
        TableView<ReportScore> t = new TableView<>();
        t.getStyleClass().add("scorecard-table");
        t.setFixedCellSize(26);
        t.getColumns().add(text(tr("scorecard.col.jurisdiction"), r -> r.jurisdiction().name(), 110, null));
        t.getColumns().add(text(tr("scorecard.col.published"), r -> r.facts().published() == null ? "—"
                : r.facts().published() + " " + tr("scorecard.dateSource." + r.facts().dateSource().name().toLowerCase(Locale.ROOT)),
                165, null));
        t.getColumns().add(text(tr("scorecard.col.onTime"), r -> tr("scorecard.timeliness." + r.timeliness().name()
                .toLowerCase(Locale.ROOT)), 95, r -> r.timeliness() == ReportScore.Timeliness.ON_TIME ? "good" : "poor"));
        for (ReportPart p : ReportPart.values()) {
            t.getColumns().add(part(p));
        }
        t.getColumns().add(text(tr("scorecard.col.core"), r -> r.facts().hasReport()
                ? r.facts().coreStated() + "/" + r.facts().coreTotal() : "—", 80, null));
        t.getColumns().add(text(tr("scorecard.col.figures"), r -> r.facts().structure() == null ? "—"
                : r.facts().structure().statementsWithFigures() + "/" + r.facts().structure().statements(), 90, null));
        t.getColumns().add(text(tr("scorecard.col.flagged"), r -> r.facts().hasReport() ? String.valueOf(r.facts().flagged()) : "—", 60, null));
        t.getColumns().add(text(tr("scorecard.col.copied"), r -> r.facts().hasReport() ? String.valueOf(r.facts().copiedIndicators().size()) : "—", 70, null));
        t.getColumns().add(text(tr("scorecard.col.total"), r -> r.facts().hasReport() ? score(r.total()) : "—", 60, null));
        t.getColumns().add(text(tr("scorecard.col.grade"), r -> !r.facts().hasReport() ? "—" : r.grade().symbol() + " "
                + tr("scorecard.grade." + r.grade().name().toLowerCase(Locale.ROOT)), 70,
                r -> r.grade().name().toLowerCase(Locale.ROOT)));
        t.getItems().setAll(rows);
        return t;
    }

    static String score(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static TableColumn<ReportScore, ReportScore> part(ReportPart p) {
        TableColumn<ReportScore, ReportScore> c = new TableColumn<>(tr("scorecard.part." + p.code()));
        c.setPrefWidth(72);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ReportScore r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("score-good", "score-fair", "score-poor");
                setTooltip(null);
                if (empty || r == null || r.facts().structure() == null) {
                    setText(empty ? null : "—");
                    return;
                }
                PartFinding f = r.facts().structure().part(p);
                String how = f.how().name().toLowerCase(Locale.ROOT);
                setText(tr("scorecard.mark." + how));
                getStyleClass().add(f.how() == PartFinding.How.MISSING ? "score-poor"
                        : f.how() == PartFinding.How.TEXT ? "score-fair" : "score-good");
                setTooltip(new Tooltip(tr("scorecard.how." + how) + (f.heading() == null ? "" : "：" + f.heading())));
            }
        });
        return c;
    }

    /** @param tone "good"/"fair"/"poor" for a coloured cell, or null */
    private static TableColumn<ReportScore, ReportScore> text(String name, Function<ReportScore, String> f, double width,
                                                              Function<ReportScore, String> tone) {
        TableColumn<ReportScore, ReportScore> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ReportScore r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("score-good", "score-fair", "score-poor");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(f.apply(r));
                if (tone != null && r.facts().hasReport()) {
                    getStyleClass().add("score-" + tone.apply(r));
                }
            }
        });
        return c;
    }
}
