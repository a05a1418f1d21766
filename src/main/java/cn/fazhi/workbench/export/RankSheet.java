package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Judgement;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 排名: one table, one row per stated figure of a ranked indicator, best first. Indicators that are
 * neither better high nor low are not ranked; jurisdictions without the figure are not listed (摘要 and
 * 比对总表 show them). Every row names its indicator, the header row repeats on every page and an
 * indicator's rows start on a new page when they would not fit on the current one.
 */
final class RankSheet {
    private final ComparisonTable t;
    private final SheetKit kit;

    RankSheet(ComparisonTable t, SheetKit kit) {
        this.t = t;
        this.kit = kit;
    }

    void write() {
        Row h = kit.row(0);
        kit.header(h, 0, "序号", "指标", "名次", "地区", "数值", "单位", "说明", "与中位数之差");
        List<String> names = ValueCells.names(t);
        Pagination pages = new Pagination(PageSetup.pageHeightPoints(kit.options), 15);
        int r = 1;
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            if (!Judgement.judged(ind)) { // no direction, or a raw count that grows with size (decision 0019)
                continue;
            }
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                if (t.cell(j, i).rank() != null) {
                    order.add(j);
                }
            }
            final int fi = i;
            order.sort(Comparator.comparing((Integer j) -> t.cell(j, fi).rank()).thenComparing(names::get));
            pages.startBlock(kit.sh, r, 15.0 * order.size());
            String label = ind.nameZh() + "（" + Labels.direction(ind.direction()) + "）";
            for (int j : order) {
                Cell c = t.cell(j, i);
                Row row = kit.row(r);
                kit.number(row, 0, r, kit.styles.integer);
                kit.text(row, 1, label, kit.styles.text);
                kit.number(row, 2, c.rank(), kit.styles.integer);
                kit.text(row, 3, names.get(j), kit.styles.text);
                ValueCells.write(kit, row, 4, c, ind, -1, false);
                kit.text(row, 5, ind.unit(), kit.styles.text);
                List<String> notes = new ArrayList<>();
                if (c.qualifiedRank()) {
                    notes.add("约数，名次仅供参考");
                }
                if (c.derived()) {
                    notes.add("推算");
                }
                kit.text(row, 6, String.join("；", notes), kit.styles.text);
                kit.number(row, 7, c.distanceFromMedian(), kit.styles.plain(ind.kind() == IndicatorKind.RATE
                        ? "+0.0\"个百分点\";-0.0\"个百分点\";0" : "+#,##0.##;-#,##0.##;0"));
                pages.add(15);
                r++;
            }
        }
        if (r == 1) {
            kit.text(kit.row(1), 1, "所选指标没有可排名的数字（不分高低的指标不排名）。", kit.styles.text);
        }
        kit.finish(1, 0, true, 7);
    }
}
