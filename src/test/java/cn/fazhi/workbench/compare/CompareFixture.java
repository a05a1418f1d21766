package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Section;
import cn.fazhi.workbench.model.StoredValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds reports and values for comparison tests without a workspace. */
final class CompareFixture {
    private long nextId = 1;
    final List<ReportData> data = new ArrayList<>();

    static Jurisdiction county(String name, String code, String city, String province) {
        return new Jurisdiction(code, name, province + city + name, JurisdictionLevel.COUNTY, code.substring(0, 4) + "00",
                province, city);
    }

    static final Jurisdiction TONGSHAN = county("通山县", "421224", "咸宁市", "湖北省");
    static final Jurisdiction CHONGYANG = county("崇阳县", "421223", "咸宁市", "湖北省");
    static final Jurisdiction JIAYU = county("嘉鱼县", "421221", "咸宁市", "湖北省");
    static final Jurisdiction YUANZHOU = new Jurisdiction("360902", "袁州区", "江西省宜春市袁州区", JurisdictionLevel.DISTRICT,
            "360900", "江西省", "宜春市");

    /** Starts a report; add values with {@link ReportBuilder#value}. */
    ReportBuilder report(Jurisdiction j, int year, LocalDate published) {
        return new ReportBuilder(j, year, published, null);
    }

    final class ReportBuilder {
        private final ReportSummary summary;
        private final List<StoredValue> values = new ArrayList<>();

        ReportBuilder(Jurisdiction j, int year, LocalDate published, Long supersededBy) {
            long id = nextId++;
            summary = new ReportSummary(id, j, year, j.name() + year + "年度法治政府建设情况报告", j.name() + "人民政府", published,
                    null, j.name() + year + ".txt", ReportFormat.TXT, "UTF-8", "sha" + id, false, supersededBy,
                    "2023-01-01T00:00:00Z", 0, 0, 0);
            data.add(new ReportData(summary, values));
        }

        ReportBuilder value(String indicator, String number, Qualifier q, ReviewStatus status, String... flags) {
            String unit = indicator.endsWith("rate") ? "%" : "件";
            IndicatorValue v = new IndicatorValue(indicator, new BigDecimal(number), unit, q, false, Section.RESULTS,
                    new Evidence(0, 10, "原文句子" + number, 2, 5), 1.0, List.of(flags), List.of());
            values.add(new StoredValue(nextId++, summary.id(), v, status, null, "2023-01-01T00:00:00Z"));
            // ReportData copied the list when it was made: replace it with the one holding this value
            data.removeIf(d -> d.report() == summary);
            data.add(new ReportData(summary, values));
            return this;
        }

        ReportBuilder value(String indicator, String number) {
            return value(indicator, number, Qualifier.EXACT, ReviewStatus.EXTRACTED);
        }

        ReportSummary summary() {
            return summary;
        }
    }
}
