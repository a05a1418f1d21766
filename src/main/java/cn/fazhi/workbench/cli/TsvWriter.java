package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.ExtractionResult;
import cn.fazhi.workbench.model.IndicatorValue;

import java.io.PrintWriter;

/** One row per value, for spreadsheets and shell tools. Tabs and line ends in evidence become spaces. */
final class TsvWriter {
    static final String HEADER = "file\tjurisdiction\tcode\tyear\tindicator\tvalue\tunit\tqualifier\tderived\tsection\tstart\tend\tconfidence\tflags\tevidence";

    private TsvWriter() {
    }

    static void write(ExtractionResult r, PrintWriter out) {
        if (!r.ok()) {
            return;
        }
        String jurisdiction = r.metadata().jurisdiction() == null ? "" : r.metadata().jurisdiction().name();
        String code = r.metadata().jurisdiction() == null || r.metadata().jurisdiction().code() == null ? ""
                : r.metadata().jurisdiction().code();
        String year = r.metadata().year() == null ? "" : r.metadata().year().toString();
        for (IndicatorValue v : r.values()) {
            out.println(String.join("\t", clean(r.file()), jurisdiction, code, year, v.indicator(),
                    v.value().toPlainString(), v.unit(), v.qualifier().id(), String.valueOf(v.derived()),
                    v.section().contractId(), String.valueOf(v.evidence().start()), String.valueOf(v.evidence().end()),
                    String.valueOf(v.confidence()), String.join(",", v.flags()), clean(v.evidence().sentence())));
        }
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
