package cn.fazhi.workbench.store;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Builds reports ready to store from text. */
final class TestReports {
    private static final ReportExtractor EXTRACTOR = ReportExtractor.withBundledData();

    private TestReports() {
    }

    static NewReport of(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReportText t = new ReportText(text, ReportFormat.TXT, "UTF-8");
        ReportExtractor.Extraction x = EXTRACTOR.extract(t);
        return new NewReport(name, null, sha(bytes), bytes, t, x.metadata(), x.values(), x.warnings(), x.suggestions());
    }

    static NewReport county(String county, int year, int disputes) {
        return of(county + year + ".txt", county + year + "年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷" + disputes
                + "件，调处成功率达到100%。全年共收到行政复议申请21件。\n");
    }

    static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
