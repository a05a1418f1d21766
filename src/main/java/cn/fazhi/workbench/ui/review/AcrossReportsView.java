package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.compare.Outliers;
import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.ui.common.Numbers;
import cn.fazhi.workbench.workflow.ReviewAcrossReports;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 各地对照: one indicator of one year across the reports in force (the province, or the 地市 chosen in the
 * queue), each jurisdiction's value beside its sentence and last year's figure, the ones that deserve a look
 * first and marked. A double click (or Enter) on a line opens that value in the review screen.
 */
final class AcrossReportsView {
    private final Stage stage = new Stage();
    private final TableView<ReviewAcrossReports.Row> table = new TableView<>();
    private final Label title = new Label();
    private final Function<String, String> indicatorName;

    AcrossReportsView(Window owner, Function<String, String> indicatorName, Consumer<QueueItem> open) {
        stage.initOwner(owner);
        stage.setTitle(tr("across.title"));
        table.setId("across-table");
        table.setPlaceholder(new Label(tr("across.empty")));
        table.getColumns().add(col(tr("across.col.place"), r -> r.item().jurisdiction() == null
                ? tr("review.unknownJurisdiction") : r.item().jurisdiction(), 190));
        table.getColumns().add(col(tr("review.col.value"), r -> figure(r.item().value(), r.item().unit()), 100));
        table.getColumns().add(col(tr("across.col.previous"), r -> r.previous() == null ? "—"
                : figure(r.previous(), r.item().unit()), 90));
        table.getColumns().add(col(tr("across.col.look"), r -> r.flags().stream().map(AcrossReportsView::words)
                .collect(Collectors.joining("；")), 210));
        table.getColumns().add(col(tr("review.col.status"), r -> tr("status." + r.item().status()), 60));
        TableColumn<ReviewAcrossReports.Row, String> sentence = col(tr("across.col.sentence"),
                r -> r.sentence() == null ? "" : r.sentence(), 520);
        table.getColumns().add(sentence);
        table.setRowFactory(tv -> {
            TableRow<ReviewAcrossReports.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(ReviewAcrossReports.Row r, boolean empty) {
                    super.updateItem(r, empty);
                    getStyleClass().remove("across-outlier");
                    if (!empty && r != null && r.flagged()) {
                        getStyleClass().add("across-outlier");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().item());
                }
            });
            return row;
        });
        table.setOnKeyPressed(k -> {
            var r = table.getSelectionModel().getSelectedItem();
            if (k.getCode() == KeyCode.ENTER && r != null) {
                open.accept(r.item());
            } else if (k.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        title.setId("across-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label hint = new Label(tr("across.hint"));
        hint.setWrapText(true);
        VBox root = new VBox(8, title, table, hint);
        root.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        Scene scene = new Scene(root, 1180, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        this.indicatorName = indicatorName;
    }

    /** Reads the indicator's values of {@code year} (in {@code city}, else everywhere) in the background and shows them. */
    void show(AppWiring wiring, String indicator, int year, String city) {
        var s = wiring.session();
        if (s == null) {
            return;
        }
        title.setText(tr("across.loading"));
        table.getItems().clear();
        stage.show();
        stage.toFront();
        var across = new ReviewAcrossReports(s);
        wiring.tasks().run("across", (p, c) -> across.rows(indicator, year, city), rows -> {
            table.getItems().setAll(rows);
            long flagged = rows.stream().filter(ReviewAcrossReports.Row::flagged).count();
            title.setText(tr("across.heading", indicatorName.apply(indicator), String.valueOf(year), city == null ? tr("across.everywhere") : city,
                    rows.size(), flagged));
            if (!rows.isEmpty()) {
                table.getSelectionModel().select(0);
                table.requestFocus();
            }
        }, t -> title.setText(Dialogs.explain(t)));
    }

    Stage stage() {
        return stage;
    }

    List<ReviewAcrossReports.Row> rows() {
        return table.getItems();
    }

    private static String figure(java.math.BigDecimal v, String unit) {
        return Numbers.withUnit(v, "%".equals(unit), "", unit);
    }

    private static TableColumn<ReviewAcrossReports.Row, String> col(String name, Function<ReviewAcrossReports.Row, String> f,
                                                                     double width) {
        TableColumn<ReviewAcrossReports.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Why a figure deserves a look, in the window's language. */
    static String words(Outliers.Flag f) {
        return tr("outlier." + f.id());
    }
}
