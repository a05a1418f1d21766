package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.ui.common.I18n;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 指标库's part words in the window: a column per indicator, and a dialog that edits a subject's entries. */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class CataloguePartWordsUiTest extends WindowTest {

    @Test
    void theSelectedIndicatorsSubjectIsEditedInADialog() {
        clickOn("#nav-catalogue");
        TableView<Indicator> table = lookup("#catalogue-table").queryTableView();
        int row = table.getItems().stream().map(Indicator::code).toList().indexOf("litigation.cases");
        var column = table.getColumns().stream().filter(c -> c.getText().equals(I18n.tr("catalogue.col.partWords")))
                .findFirst().orElseThrow();
        assertTrue(String.valueOf(column.getCellData(row)).contains("二审|再审"), String.valueOf(column.getCellData(row)));
        interact(() -> table.getSelectionModel().select(row));

        clickOn("#catalogue-parts");
        ComboBox<?> topic = lookup("#parts-topic").queryComboBox();
        assertEquals("litigation", topic.getValue());
        GridPane rows = lookup("#parts-rows").query();
        assertEquals(2, rows.getChildren().stream().filter(n -> n instanceof CheckBox).count());
        clickOn("#parts-add");
        List<TextField> fields = rows.getChildren().stream().filter(n -> n instanceof TextField).map(n -> (TextField) n).toList();
        assertEquals(6, fields.size());
        interact(() -> fields.get(4).setText("涉外"));
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        clickOn(pane.lookupButton(ButtonType.OK));

        List<Catalogue.PartWords> saved = wiring.session().catalogue().partsOf("litigation");
        assertEquals(3, saved.size());
        assertEquals(new Catalogue.PartWords("涉外", null, false), saved.get(2));
        assertEquals(I18n.tr("catalogue.partsSaved", "litigation"), lookup("#catalogue-message").queryAs(Label.class).getText());
        assertTrue(String.valueOf(column.getCellData(row)).contains("涉外"), "the column shows the words in force");
    }
}
