package cn.fazhi.workbench.ui.details;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.Optional;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 报告信息: the publication date a person states (a date picker; "use the date read from the report" clears
 * it) and the report's web address. Opened from 报告 and from the review screen's header.
 */
public final class ReportDetailsDialog {
    private ReportDetailsDialog() {
    }

    /** Asks for the changes; empty when the person cancels. */
    public static Optional<ReportDetailsEdit> ask(Window owner, ReportSummary r) {
        return create(owner, r).showAndWait();
    }

    /** The dialog, not shown yet (the screenshot tour shows it without waiting). */
    public static Dialog<ReportDetailsEdit> create(Window owner, ReportSummary r) {
        Dialog<ReportDetailsEdit> d = new Dialog<>();
        d.setTitle(tr("details.title"));
        d.setHeaderText(tr("details.header", r.jurisdiction() == null ? tr("review.unknownJurisdiction")
                : r.jurisdiction().fullName(), r.year() == null ? "?" : String.valueOf(r.year()),
                r.title() == null ? r.sourceName() : r.title()));
        if (owner != null) {
            d.initOwner(owner);
        }
        DatePicker date = new DatePicker(r.publishDate());
        date.setId("details-date");
        date.setConverter(isoDates());
        date.setPromptText("2023-03-31");
        CheckBox fromReport = new CheckBox(tr("details.dateFromReport"));
        fromReport.setId("details-date-from-report");
        fromReport.setSelected(!r.publishDateByHand());
        date.disableProperty().bind(fromReport.selectedProperty());
        Label current = new Label(r.publishDate() == null ? tr("details.dateNone")
                : tr(r.publishDateByHand() ? "details.dateByHand" : "details.dateRead", r.publishDate().toString()));
        current.setId("details-date-current");
        current.getStyleClass().add("legend");
        TextField url = new TextField(r.sourceUrl() == null ? "" : r.sourceUrl());
        url.setId("details-url");
        url.setPromptText("https://www.example.gov.cn/art/2023/3/31/art_1_1.html");
        url.setPrefColumnCount(48);
        Label urlHint = new Label(tr(r.sourceUrl() == null ? "details.urlNone"
                : r.sourceUrlByHand() ? "details.urlByHand" : "details.urlRead"));
        urlHint.getStyleClass().add("legend");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(tr("details.date")), date);
        grid.add(fromReport, 1, 1);
        grid.add(current, 1, 2);
        grid.addRow(3, new Label(tr("details.url")), url);
        grid.add(urlHint, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.wordButtons(d.getDialogPane());
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            LocalDate chosen = fromReport.isSelected() ? null : date.getValue();
            return new ReportDetailsEdit(chosen, url.getText());
        });
        return d;
    }

    /** Dates written and read as 2023-03-31 (also 2023/3/31, 2023年3月31日), whatever the OS locale. */
    static StringConverter<LocalDate> isoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return cn.fazhi.workbench.workflow.SetReportDetails.parseDate(s);
                } catch (cn.fazhi.workbench.workflow.ReviewValues.ReviewException e) {
                    return null;
                }
            }
        };
    }
}
