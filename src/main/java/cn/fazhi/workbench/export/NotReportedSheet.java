package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Absence;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Jurisdiction;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 未报送: jurisdictions of the selection with no report for the year compared (they are in the selection
 * because they reported in another selected year). Only written when there are some. The full list of
 * who should have reported needs the administrative divisions of the whole province, which the
 * comparison does not hold.
 */
final class NotReportedSheet {
    private final ComparisonTable t;
    private final SheetKit kit;

    NotReportedSheet(ComparisonTable t, SheetKit kit) {
        this.t = t;
        this.kit = kit;
    }

    static boolean needed(ComparisonTable t) {
        return t.profiles().stream().anyMatch(p -> p.reportId() == null);
    }

    void write() {
        kit.header(kit.row(0), 0, "序号", "地区", "级别", "省", "市", "有报告的年度");
        List<String> names = ValueCells.names(t);
        int r = 1;
        for (int j = 0; j < t.profiles().size(); j++) {
            if (t.profiles().get(j).reportId() != null) {
                continue;
            }
            Jurisdiction jur = t.jurisdictions().get(j);
            Row row = kit.row(r);
            kit.number(row, 0, r, kit.styles.integer);
            kit.text(row, 1, names.get(j), kit.styles.text);
            kit.text(row, 2, Labels.level(jur.level()), kit.styles.text);
            kit.text(row, 3, jur.province(), kit.styles.text);
            kit.text(row, 4, jur.city() == null ? "" : jur.city(), kit.styles.text);
            kit.text(row, 5, yearsWithReport(j), kit.styles.text);
            r++;
        }
        int last = r - 1;
        Row note = kit.row(r + 1);
        note.createCell(0).setCellValue("说明：列出所选范围内、在所选的其他年度有报告而" + t.year()
                + "年度没有报告的地区。从未导入过报告的地区不在工作台中，无法列出。");
        kit.finish(1, 2, last, 5);
    }

    private String yearsWithReport(int j) {
        List<String> years = new ArrayList<>();
        for (Map.Entry<Integer, Cell[][]> e : t.byYear().entrySet()) {
            Cell[] row = e.getValue()[j];
            if (row.length > 0 && row[0].absence() != Absence.NO_REPORT) {
                years.add(e.getKey() + "年");
            }
        }
        return String.join("、", years);
    }
}
