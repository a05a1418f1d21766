package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.ui.common.Numbers;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;
import static cn.fazhi.workbench.ui.dashboard.TabControls.grow;
import static cn.fazhi.workbench.ui.dashboard.TabControls.row;

/** 排名: every jurisdiction by its rank in one indicator ("≈" when a marked figure decides it), with its distance from the median. */
final class RankTab implements DashboardTab {
    private final DashboardPickers pickers;
    private final TableView<Integer> table = new TableView<>();
    private final VBox content;

    RankTab(DashboardPickers pickers) {
        this.pickers = pickers;
        table.setId("rank-table");
        content = new VBox(8, row(tr("compare.indicator"), TabControls.indicatorBox("rank-indicator", pickers.indicators(),
                pickers.rankIndicatorProperty())), grow(table));
    }

    @Override
    public String id() {
        return "tab-rank";
    }

    @Override
    public String title() {
        return tr("compare.tab.rank");
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public List<? extends ObservableValue<?>> inputs() {
        return List.of(pickers.rankIndicatorProperty());
    }

    @Override
    public void draw(ComparisonTable t) {
        table.getColumns().clear();
        Indicator choice = pickers.rankIndicatorProperty().get();
        int i = t == null || choice == null ? -1 : t.indicators().indexOf(choice);
        if (i < 0) {
            table.getItems().clear();
            return;
        }
        Indicator ind = t.indicators().get(i);
        boolean rate = ind.kind() == IndicatorKind.RATE;
        table.getColumns().addAll(List.of(
                col(tr("compare.col.rank"), t, i, c -> c.rank() == null ? "—" : (c.qualifiedRank() ? "≈" : "") + c.rank(), 80),
                column(tr("compare.col.jurisdiction"), j -> t.jurisdictions().get(j).fullName(), 260),
                col(tr("compare.col.value"), t, i, c -> CellText.number(c, ind), 120),
                col(tr("compare.col.fromMedian"), t, i, c -> Numbers.difference(c.distanceFromMedian(), rate), 120)));
        table.getItems().setAll(TabFigures.ranking(t, i));
    }

    private static TableColumn<Integer, String> col(String name, ComparisonTable t, int i, Function<Cell, String> f, double width) {
        return column(name, j -> f.apply(t.cell(j, i)), width);
    }

    private static TableColumn<Integer, String> column(String name, Function<Integer, String> f, double width) {
        TableColumn<Integer, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
