package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.Light;
import cn.fazhi.workbench.model.Indicator;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import java.util.function.BiConsumer;

/**
 * A value of the comparison table: number with marker, ▲▼ and light symbols, colour classes, evidence tooltip
 * (its text made when it is about to show), double-click to the source.
 */
final class ValueCell extends TableCell<ComparisonTableView.Row, Cell> {
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    private static final PseudoClass WORST = PseudoClass.getPseudoClass("worst");
    private static final PseudoClass DERIVED = PseudoClass.getPseudoClass("derived");
    private static final PseudoClass GREEN = PseudoClass.getPseudoClass("light-green");
    private static final PseudoClass YELLOW = PseudoClass.getPseudoClass("light-yellow");
    private static final PseudoClass RED = PseudoClass.getPseudoClass("light-red");
    private final boolean turned;
    private final int column;
    private final int indicatorColumn;
    /** Made when the mouse first rests on the cell: hundreds of tooltips per screenful cost more than the cells. */
    private Tooltip tip;

    /**
     * {@code turned}: rows are jurisdictions and this is indicator {@code indicatorColumn}'s column; otherwise rows
     * are indicators and this is jurisdiction {@code jurisdictionColumn}'s column.
     */
    ValueCell(BiConsumer<Long, Long> openReport, boolean turned, int jurisdictionColumn, int indicatorColumn) {
        this.turned = turned;
        this.column = jurisdictionColumn;
        this.indicatorColumn = indicatorColumn;
        getStyleClass().add("value-cell");
        setOnMouseEntered(e -> {
            if (tip == null && getItem() != null) {
                tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                tip.setOnShowing(x -> {
                    ComparisonTableView.Row row = getTableRow() == null ? null : getTableRow().getItem();
                    Cell c = getItem();
                    tip.setText(row == null || c == null ? ""
                            : CellText.tooltip(c, indicator(row), row.t.jurisdictions().get(jurisdiction(row)).fullName()));
                });
                setTooltip(tip);
            }
        });
        setOnMouseClicked(e -> {
            Cell c = getItem();
            if (e.getClickCount() == 2 && c != null && !c.missing() && c.reportId() != null) {
                openReport.accept(c.reportId(), c.valueId());
            }
        });
    }

    private Indicator indicator(ComparisonTableView.Row row) {
        return row.t.indicators().get(turned ? indicatorColumn : row.index);
    }

    private int jurisdiction(ComparisonTableView.Row row) {
        return turned ? row.index : column;
    }

    @Override
    protected void updateItem(Cell c, boolean empty) {
        super.updateItem(c, empty);
        ComparisonTableView.Row row = getTableRow() == null ? null : getTableRow().getItem();
        boolean shown = !empty && c != null && row != null;
        pseudoClassStateChanged(MISSING, shown && c.missing());
        pseudoClassStateChanged(BEST, shown && c.best());
        pseudoClassStateChanged(WORST, shown && c.worst());
        pseudoClassStateChanged(DERIVED, shown && c.derived());
        pseudoClassStateChanged(GREEN, shown && c.light() == Light.GREEN);
        pseudoClassStateChanged(YELLOW, shown && c.light() == Light.YELLOW);
        pseudoClassStateChanged(RED, shown && c.light() == Light.RED);
        if (!shown) {
            setText(null);
            return;
        }
        String symbols = CellText.symbols(c);
        setText(CellText.number(c, indicator(row)) + (symbols.isEmpty() ? "" : "  " + symbols));
    }
}
