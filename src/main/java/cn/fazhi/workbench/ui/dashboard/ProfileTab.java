package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.JurisdictionProfile;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.ui.common.Numbers;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;
import static cn.fazhi.workbench.ui.dashboard.TabControls.grow;
import static cn.fazhi.workbench.ui.dashboard.TabControls.row;

/** 地区画像: one jurisdiction's figures against the selection's median, its completeness, on time, flags. */
final class ProfileTab implements DashboardTab {
    private final DashboardPickers pickers;
    private final VBox profile = new VBox(8);
    private final VBox content;

    ProfileTab(DashboardPickers pickers) {
        this.pickers = pickers;
        content = new VBox(8, row(tr("compare.jurisdiction"), TabControls.jurisdictionBox("profile-jurisdiction",
                pickers.jurisdictions(), pickers.profileJurisdictionProperty())), grow(new ScrollPane(profile)));
    }

    @Override
    public String id() {
        return "tab-profile";
    }

    @Override
    public String title() {
        return tr("compare.tab.profile");
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public List<? extends ObservableValue<?>> inputs() {
        return List.of(pickers.profileJurisdictionProperty());
    }

    @Override
    public void draw(ComparisonTable t) {
        profile.getChildren().clear();
        Jurisdiction j = pickers.profileJurisdictionProperty().get();
        if (t == null || j == null || !t.jurisdictions().contains(j)) {
            return;
        }
        int col = t.jurisdictions().indexOf(j);
        JurisdictionProfile p = t.profiles().get(col);
        Label head = new Label(j.fullName() + " · " + t.year());
        head.getStyleClass().add("screen-title");
        Label facts = new Label(tr("compare.profileFacts", Math.round(p.completeness() * 100), p.coreStated(), p.coreTotal(),
                p.onTime() == null ? tr("common.unknown") : p.onTime() ? tr("common.yes") : tr("common.late"),
                p.publishDate() == null ? "—" : p.publishDate().toString(), p.flagged()));
        facts.setWrapText(true);
        profile.setPadding(new Insets(8));
        profile.getChildren().addAll(head, facts, grid(t, col));
    }

    private static GridPane grid(ComparisonTable t, int col) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setId("profile-grid");
        String[] heads = {tr("compare.col.indicator"), tr("compare.col.value"), tr("compare.col.median"),
                tr("compare.col.fromMedian"), tr("compare.col.rank")};
        for (int k = 0; k < heads.length; k++) {
            Label h = new Label(heads[k]);
            h.getStyleClass().add("section-title");
            grid.add(h, k, 0);
        }
        for (int i = 0; i < t.indicators().size(); i++) {
            Cell c = t.cell(col, i);
            Indicator ind = t.indicators().get(i);
            boolean rate = ind.kind() == IndicatorKind.RATE;
            BigDecimal median = t.stats().get(i).median();
            int r = i + 1;
            grid.add(new Label(ind.nameZh()), 0, r);
            Label v = new Label(CellText.number(c, ind) + "  " + CellText.symbols(c));
            if (c.missing()) {
                v.getStyleClass().add("cell-missing");
            }
            grid.add(v, 1, r);
            grid.add(new Label(Numbers.figure(median, rate, "")), 2, r);
            grid.add(new Label(Numbers.difference(c.distanceFromMedian(), rate)), 3, r);
            grid.add(new Label(c.rank() == null ? "—" : c.rank() + " / " + t.stats().get(i).count()), 4, r);
        }
        return grid;
    }
}
