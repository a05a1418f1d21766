package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;

/** 同比: one row per indicator and jurisdiction, one column per selected year, and the change. */
final class YoySheet {
    private final ComparisonTable t;
    private final SheetKit kit;
    private final EvidenceIndex evidence;

    YoySheet(ComparisonTable t, SheetKit kit, EvidenceIndex evidence) {
        this.t = t;
        this.kit = kit;
        this.evidence = evidence;
    }

    void write() {
        List<Integer> years = t.selection().years();
        List<String> names = ValueCells.names(t);
        List<String> head = new ArrayList<>(List.of("序号", "指标", "单位", "地区"));
        years.forEach(y -> head.add(y + "年"));
        head.add("较上年变化");
        head.add("变化单位");
        kit.header(kit.row(0), 0, head.toArray(String[]::new));
        boolean links = ValueCells.links(t);
        int r = 1;
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                Row row = kit.row(r);
                kit.number(row, 0, r, kit.styles.integer);
                kit.text(row, 1, ind.nameZh(), kit.styles.text);
                kit.text(row, 2, ind.unit(), kit.styles.text);
                kit.text(row, 3, names.get(j), kit.styles.text);
                for (int k = 0; k < years.size(); k++) {
                    Cell[][] cells = t.byYear().get(years.get(k));
                    ValueCells.write(kit, row, 4 + k, cells[j][i], ind, links ? evidence.row(years.get(k), j, i) : -1, false);
                }
                Cell last = t.cell(j, i);
                int col = 4 + years.size();
                if (last.change() == null) {
                    kit.text(row, col, "—", kit.styles.notStated);
                } else {
                    kit.number(row, col, last.change(), kit.styles.plain("+0.0;-0.0;0"));
                }
                kit.text(row, col + 1, ind.kind() == IndicatorKind.RATE ? "个百分点" : "%", kit.styles.text);
                r++;
            }
        }
        kit.finish(1, 0, true, head.size() - 1);
    }
}
