package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.Judgement;
import cn.fazhi.workbench.compare.Light;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;

import cn.fazhi.workbench.ui.common.Numbers;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** How a comparison cell reads on screen: marker, number, and symbols that do not rely on colour. */
final class CellText {
    private CellText() {
    }

    static String number(Cell c, Indicator ind) {
        if (c.missing() && c.absence() == cn.fazhi.workbench.compare.Absence.NO_POPULATION) {
            return tr("compare.noPopulation");
        }
        if (c.missing()) {
            return tr("compare.notDisclosed");
        }
        return Numbers.figure(c.value(), ind.kind() == IndicatorKind.RATE, c.marker());
    }

    /** ▲ best, ▼ worst, then the traffic light as ● with a letter-free symbol per colour. */
    static String symbols(Cell c) {
        StringBuilder b = new StringBuilder();
        if (c.best()) {
            b.append("▲");
        }
        if (c.worst()) {
            b.append("▼");
        }
        if (c.light() == Light.GREEN) {
            b.append("●");
        } else if (c.light() == Light.YELLOW) {
            b.append("◐");
        } else if (c.light() == Light.RED) {
            b.append("○");
        }
        return b.toString();
    }

    static String tooltip(Cell c, Indicator ind, String jurisdiction) {
        StringBuilder b = new StringBuilder(jurisdiction).append(" · ").append(ind.nameZh()).append('\n');
        if (c.missing() && c.absence() == cn.fazhi.workbench.compare.Absence.NO_POPULATION) {
            return b.append(tr("compare.noPopulationLong")).toString();
        }
        if (c.missing()) {
            return b.append(tr("compare.notDisclosedLong")).toString();
        }
        b.append(Numbers.withUnit(c.value(), ind.kind() == IndicatorKind.RATE, c.marker(), ind.unit()));
        if (c.rank() != null) {
            b.append("  ").append(tr("compare.rank", c.rank()));
        }
        if (Judgement.reason(ind) == Judgement.Reason.COUNT_DEPENDS_ON_SIZE) {
            b.append('\n').append(tr("compare.judgement." + Judgement.reason(ind).name()));
        }
        b.append('\n').append(tr("status." + c.status().id()));
        if (c.derived()) {
            b.append(" · ").append(tr("review.derived"));
        }
        if (c.evidence() != null) {
            String s = c.evidence().sentence().replaceAll("\\s+", " ");
            b.append('\n').append("«").append(s.length() > 160 ? s.substring(0, 160) + "…" : s).append("»");
        }
        return b.append('\n').append(tr("compare.doubleClick")).toString();
    }
}
