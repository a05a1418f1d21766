package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.workflow.ExportComparison;
import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.ReportData;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.export.ExportOptions;
import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.extract.Division;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Section;
import cn.fazhi.workbench.model.StoredValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The comparison and export benchmark: thousands of county-level jurisdictions from the gazetteer,
 * each with a report stating most of 40 indicators (the catalogue's, plus made-up ones up to 40), with
 * evidence sentences, compared and written to a workbook with its evidence sheet.
 */
public final class BenchExport {
    public BenchExtract.Figures run(int jurisdictions, int indicators, Path workDir) throws IOException,
            ExportComparison.ExportException {
        Catalogue catalogue = widen(CatalogueLoader.bundled(), indicators);
        List<ReportData> data = data(catalogue, jurisdictions, new Random(3));
        Selection selection = Selection.ofYear(2022);
        for (int k = 0; k < 5; k++) {
            Comparison.build(data, catalogue, selection); // warm-up: let the JIT compile the engine
        }
        long[] runs = new long[9];
        ComparisonTable table = null;
        for (int k = 0; k < runs.length; k++) {
            long t0 = System.nanoTime();
            table = Comparison.build(data, catalogue, selection);
            runs[k] = System.nanoTime() - t0;
        }
        Arrays.sort(runs);
        HeapPeak.reset();
        Path out = workDir.resolve("bench-export.xlsx");
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        new ExportComparison().export(table, new ExportOptions("基准测试", false, null, "bench", LocalDateTime.now()), out);
        double exportSeconds = (System.nanoTime() - t1) / 1e9;
        // on a shared machine the wall time depends on the others' load; the thread's CPU time does not
        double exportCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("comparison", String.format("%d jurisdictions × %d indicators in %.0f ms (median of 9 runs; fastest %.0f, slowest %.0f)",
                table.jurisdictions().size(), table.indicators().size(), runs[4] / 1e6, runs[0] / 1e6, runs[8] / 1e6));
        figures.put("export with evidence sheet", String.format("%.2f s (%.2f s CPU of the exporting thread), %.1f MB workbook",
                exportSeconds, exportCpu, Files.size(out) / 1048576.0));
        figures.put("heap", String.format("max %d MB, peak used during export %d MB", Runtime.getRuntime().maxMemory() >> 20,
                HeapPeak.bytes() >> 20));
        return new BenchExtract.Figures(figures);
    }

    private static Catalogue widen(Catalogue c, int count) {
        List<Indicator> list = new ArrayList<>(c.indicators());
        for (int k = 1; list.size() < count; k++) {
            Indicator base = c.indicators().get(k % c.indicators().size());
            list.add(new Indicator("bench.extra" + k, base.nameZh() + "（扩展" + k + "）", base.nameEn() + " " + k, base.kind(),
                    base.unit(), base.units(), base.direction(), base.group(), false, base.topic(), base.cues(),
                    base.excludes(), null, List.of(), base.thresholds(), false, List.of(), List.of()));
        }
        return c.withIndicators(list.subList(0, count));
    }

    private static List<ReportData> data(Catalogue catalogue, int count, Random random) {
        List<Division> counties = Gazetteer.bundled().divisions().stream()
                .filter(d -> d.level() != JurisdictionLevel.PROVINCE).toList(); // county-level units, then cities and zones
        List<ReportData> out = new ArrayList<>();
        long id = 1;
        for (int j = 0; j < Math.min(count, counties.size()); j++) {
            var jur = counties.get(j).toJurisdiction();
            long rid = id++;
            ReportSummary r = new ReportSummary(rid, jur, 2022, jur.name() + "2022年度法治政府建设情况报告", jur.name() + "人民政府",
                    LocalDate.of(2023, 1 + random.nextInt(5), 1 + random.nextInt(28)), null, jur.name() + ".txt",
                    ReportFormat.TXT, "UTF-8", "sha" + rid, false, null, "2023-01-01T00:00:00Z", 0, 0, 0);
            List<StoredValue> values = new ArrayList<>();
            for (Indicator ind : catalogue.indicators()) {
                if (random.nextInt(10) < 2) {
                    continue; // not disclosed
                }
                BigDecimal v = ind.unit().equals("%") ? BigDecimal.valueOf(700 + random.nextInt(301), 1)
                        : BigDecimal.valueOf(random.nextInt(20000));
                String sentence = "全年" + jur.name() + ind.nameZh() + v.toPlainString() + ind.unit() + "，较上年有所变化，工作取得明显成效。";
                IndicatorValue iv = new IndicatorValue(ind.code(), v, ind.unit(),
                        random.nextInt(10) == 0 ? Qualifier.APPROX_OVER : Qualifier.EXACT, false, Section.RESULTS,
                        new Evidence(100, 100 + sentence.length(), sentence, 110, 115), 1.0, List.of(), List.of());
                values.add(new StoredValue(id++, rid, iv, ReviewStatus.EXTRACTED, null, "2023-01-01T00:00:00Z"));
            }
            out.add(new ReportData(r, values));
        }
        return out;
    }
}
