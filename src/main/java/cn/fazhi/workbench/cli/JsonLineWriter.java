package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.ExtractionResult;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportMetadata;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The JSON Lines form of an extraction result (the contract of the {@code extract} command). */
final class JsonLineWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final boolean withCandidates;

    JsonLineWriter(boolean withCandidates) {
        this.withCandidates = withCandidates;
    }

    String write(ExtractionResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("file", r.file());
        o.put("format", r.text() == null ? null : r.text().format().id());
        o.put("charset", r.text() == null ? null : r.text().charset());
        ReportMetadata m = r.metadata();
        o.put("title", m == null ? null : m.title());
        o.set("jurisdiction", m == null || m.jurisdiction() == null ? null : jurisdiction(m.jurisdiction()));
        if (m != null && m.year() != null) {
            o.put("year", m.year());
        } else {
            o.putNull("year");
        }
        o.put("publishDate", m == null || m.publishDate() == null ? null : m.publishDate().toString());
        o.put("docNumber", m == null ? null : m.docNumber());
        o.put("issuer", m == null ? null : m.issuer());
        o.set("values", values(r.values(), r.text()));
        o.set("suggestions", values(r.suggestions(), r.text()));
        if (withCandidates) {
            o.set("candidates", values(r.candidates(), r.text()));
        }
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(warnings::add);
        if (r.error() == null) {
            o.putNull("error");
            o.putNull("errorKind");
        } else {
            o.put("error", r.error().message());
            o.put("errorKind", r.error().kind().id());
        }
        return o.toString();
    }

    private static ObjectNode jurisdiction(Jurisdiction j) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", j.name());
        o.put("fullName", j.fullName());
        o.put("code", j.code());
        o.put("level", j.level().id());
        o.put("province", j.province());
        o.put("city", j.city());
        return o;
    }

    /** {@code page} (1-based) is written for texts that know their pages: PDFs, OFDs, scans and images. */
    private static ArrayNode values(List<IndicatorValue> values, cn.fazhi.workbench.model.ReportText text) {
        ArrayNode a = JSON.createArrayNode();
        for (IndicatorValue v : values) {
            ObjectNode o = a.addObject();
            o.put("indicator", v.indicator());
            o.put("value", v.value());
            o.put("unit", v.unit());
            o.put("qualifier", v.qualifier().id());
            o.put("derived", v.derived());
            o.put("section", v.section().contractId());
            o.put("block", v.section().id());
            o.put("start", v.evidence().start());
            o.put("end", v.evidence().end());
            o.put("valueStart", v.evidence().valueStart());
            o.put("valueEnd", v.evidence().valueEnd());
            o.put("evidence", v.evidence().sentence());
            int page = text == null ? 0 : cn.fazhi.workbench.model.Pages.pageAt(text.text(), text.format(), v.evidence().start());
            if (page > 0) {
                o.put("page", page);
            }
            o.put("confidence", v.confidence());
            ArrayNode flags = o.putArray("flags");
            v.flags().forEach(flags::add);
            if (v.derived()) {
                ArrayNode from = o.putArray("derivedFrom");
                v.derivedFrom().forEach(from::add);
            }
        }
        return a;
    }
}
