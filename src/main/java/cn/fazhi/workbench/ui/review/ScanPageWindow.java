package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredSuggestion;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.ScanPages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import java.io.ByteArrayInputStream;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * For a report read by OCR: the page a suggested figure was recognised on, as a picture with the figure's
 * box, beside the review screen, so a person confirms the figure against the scan. Self-contained: the
 * review screen only adds {@link #button}. The page is rendered and recognised again in the background.
 */
final class ScanPageWindow {
    /** Width the page is shown at; the picture is scaled to it and so is the box. */
    private static final double SHOWN_WIDTH = 760;

    private ScanPageWindow() {
    }

    /** "对照原页": enabled when the selected suggestion comes from a scan. */
    static Button button(AppWiring wiring, ObservableValue<ReportSummary> report, ObservableValue<StoredSuggestion> selected) {
        Button b = new Button("▣ " + tr("review.scanPage"));
        b.setId("review-scan-page");
        javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> busy.get() || selected.getValue() == null
                || report.getValue() == null || !ScanPages.hasPages(report.getValue().format()), report, selected, busy));
        b.setOnAction(e -> open(wiring, selected.getValue(), b, busy));
        return b;
    }

    private static void open(AppWiring wiring, StoredSuggestion s, Button from, javafx.beans.property.BooleanProperty busy) {
        if (s == null) {
            return;
        }
        busy.set(true);
        wiring.tasks().run(tr("review.scanPage.loading"),
                (progress, cancel) -> new ScanPages(wiring.session()).figure(s.reportId(), s.value().evidence()),
                picture -> {
                    busy.set(false);
                    if (picture.isEmpty()) {
                        Dialogs.info(from.getScene().getWindow(), tr("review.scanPage"), tr("review.scanPage.none"));
                    } else {
                        show(picture.get(), s, from);
                    }
                },
                failure -> {
                    busy.set(false);
                    Dialogs.error(from.getScene().getWindow(), tr("review.scanPage"), failure);
                });
    }

    private static void show(ScanPages.Picture p, StoredSuggestion s, Button from) {
        Image image = new Image(new ByteArrayInputStream(p.png()));
        double scale = SHOWN_WIDTH / image.getWidth();
        ImageView view = new ImageView(image);
        view.setFitWidth(SHOWN_WIDTH);
        view.setPreserveRatio(true);
        Pane page = new Pane(view);
        Rectangle box = null;
        if (p.found()) {
            box = new Rectangle(p.x() * scale - 4, p.y() * scale - 4, p.width() * scale + 8, p.height() * scale + 8);
            box.setFill(Color.color(1, 0.85, 0, 0.25));
            box.setStroke(Color.RED);
            box.setStrokeWidth(2);
            box.setId("scan-page-figure");
            page.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(page);
        Label caption = new Label(tr("review.scanPage.caption", p.page(), p.pages(),
                s.value().value().toPlainString() + " " + s.value().unit(), s.value().evidence().sentence())
                + (p.found() ? "" : "\n" + tr("review.scanPage.notFound")));
        caption.setWrapText(true);
        caption.setPadding(new javafx.geometry.Insets(6));
        caption.setMaxWidth(SHOWN_WIDTH);
        BorderPane root = new BorderPane(scroll);
        root.setTop(caption);
        Stage stage = new Stage();
        stage.initOwner(from.getScene().getWindow());
        stage.setTitle(tr("review.scanPage.title", p.page(), p.pages()));
        stage.setScene(new Scene(root, SHOWN_WIDTH + 30, 700));
        stage.show();
        if (box != null) {
            double y = box.getY();
            double h = image.getHeight() * scale;
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 200) / Math.max(1, h - 600))));
        }
    }
}
