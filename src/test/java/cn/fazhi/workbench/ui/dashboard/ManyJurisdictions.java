package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.ReportData;
import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Section;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.StoredValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A comparison of many counties in four cities with every indicator stated, built without a workspace. */
final class ManyJurisdictions {
    static final Catalogue CATALOGUE = CatalogueLoader.bundled();
    static final String[] CITIES = {"咸宁市", "黄冈市", "孝感市", "荆州市"};

    private ManyJurisdictions() {
    }

    static ComparisonTable table(int counties) {
        return table(counties, -1, -1, 2022);
    }

    /**
     * As {@link #table(int)}, but county {@code silent} (0-based; -1: none) states no figure at all and county
     * {@code absent} reported only for {@code absentYear}, not for 2022.
     */
    static ComparisonTable table(int counties, int silent, int absent, int absentYear) {
        List<ReportData> data = new ArrayList<>();
        long id = 1;
        for (int k = 0; k < counties; k++) {
            String city = CITIES[k % CITIES.length];
            String code = String.format("42%02d%02d", 12 + k % CITIES.length, 1 + k / CITIES.length);
            String name = "测试" + (k + 1) + "县";
            Jurisdiction j = new Jurisdiction(code, name, "湖北省" + city + name, JurisdictionLevel.COUNTY,
                    code.substring(0, 4) + "00", "湖北省", city);
            long reportId = id++;
            int year = k == absent ? absentYear : 2022;
            ReportSummary r = new ReportSummary(reportId, j, year, name + "2022年度法治政府建设情况报告", name + "人民政府", null,
                    null, name + ".txt", ReportFormat.TXT, "UTF-8", "sha" + reportId, false, null,
                    "2023-01-01T00:00:00Z", 0, 0, 0);
            List<StoredValue> values = new ArrayList<>();
            for (Indicator ind : k == silent ? List.<Indicator>of() : CATALOGUE.indicators()) {
                BigDecimal v = BigDecimal.valueOf(ind.kind() == IndicatorKind.RATE ? 60 + (k * 7) % 40 : 10 + k * 13);
                IndicatorValue iv = new IndicatorValue(ind.code(), v, ind.unit(), Qualifier.EXACT, false, Section.RESULTS,
                        new Evidence(0, 10, "原文句子" + v, 2, 5), 1.0, List.of(), List.of());
                values.add(new StoredValue(id++, reportId, iv, ReviewStatus.EXTRACTED, null, "2023-01-01T00:00:00Z"));
            }
            data.add(new ReportData(r, values));
        }
        return Comparison.build(data, CATALOGUE, new Selection(absent >= 0 ? List.of(absentYear, 2022) : List.of(2022), List.of(), null, null, List.of(), List.of(),
                null, null));
    }
}
