package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Jurisdiction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The choices inside the dashboard's tabs (which indicator the chart, the ranking, 按地市 and 历年变化 show;
 * which jurisdiction the profile and 历年变化 show), kept apart from the nodes. A new comparison offers its
 * indicators and jurisdictions: the chart keeps its indicator while the comparison still has it, else it
 * takes the most stated one, and the other tabs follow the chart; both jurisdiction choices start at the
 * first jurisdiction.
 */
public final class DashboardPickers {
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObservableList<Jurisdiction> jurisdictions = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> chartIndicator = new SimpleObjectProperty<>();
    private final ObjectProperty<Indicator> rankIndicator = new SimpleObjectProperty<>();
    private final ObjectProperty<Indicator> provinceIndicator = new SimpleObjectProperty<>();
    private final ObjectProperty<Indicator> yoyIndicator = new SimpleObjectProperty<>();
    private final ObjectProperty<Jurisdiction> profileJurisdiction = new SimpleObjectProperty<>();
    private final ObjectProperty<Jurisdiction> yoyJurisdiction = new SimpleObjectProperty<>();

    private boolean offering;

    /** Takes the choices of a new comparison (nothing changes for none). */
    void offer(ComparisonTable t) {
        if (t == null) {
            return;
        }
        offering = true;
        try {
            take(t);
        } finally {
            offering = false;
        }
    }

    /**
     * True while a new comparison's choices are being set: the changes then are not a person's choice and
     * the view draws once for the new comparison instead of once per change.
     */
    boolean offering() {
        return offering;
    }

    private void take(ComparisonTable t) {
        Indicator keep = chartIndicator.get();
        indicators.setAll(t.indicators());
        jurisdictions.setAll(t.jurisdictions());
        Indicator chart = keep != null && t.indicators().contains(keep) ? keep : TabFigures.mostStated(t);
        chartIndicator.set(chart);
        rankIndicator.set(chart);
        provinceIndicator.set(chart);
        yoyIndicator.set(chart);
        if (!t.jurisdictions().isEmpty()) {
            profileJurisdiction.set(t.jurisdictions().get(0));
            yoyJurisdiction.set(t.jurisdictions().get(0));
        }
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    public ObservableList<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    public ObjectProperty<Indicator> chartIndicatorProperty() {
        return chartIndicator;
    }

    public ObjectProperty<Indicator> rankIndicatorProperty() {
        return rankIndicator;
    }

    public ObjectProperty<Indicator> provinceIndicatorProperty() {
        return provinceIndicator;
    }

    public ObjectProperty<Indicator> yoyIndicatorProperty() {
        return yoyIndicator;
    }

    public ObjectProperty<Jurisdiction> profileJurisdictionProperty() {
        return profileJurisdiction;
    }

    public ObjectProperty<Jurisdiction> yoyJurisdictionProperty() {
        return yoyJurisdiction;
    }
}
