package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.WorkspaceInfo;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One door to a workspace's content for the use cases, made of its parts: {@link Reports} (import,
 * versions, lists, metadata by hand), {@link ValueReview} (values, review decisions, audit),
 * {@link Reextraction}, {@link WorkspaceSettings} (catalogue and settings) and {@link WorkspaceInfoQuery}.
 * Each part is usable on its own; this class only hands requests on, so callers written against it keep
 * working. What a re-import or re-extraction keeps is decided in {@link cn.fazhi.workbench.model.KeepRules}.
 */
public final class ReportStore {
    final Workspace ws;
    final String who;
    private final Reports reports;
    private final ValueReview review;
    private final Reextraction reextraction;
    private final WorkspaceSettings settings;
    private final WorkspaceInfoQuery info;
    private final ReportCounts counts;
    private final ReportDetails details;
    private final PopulationStore population;

    public ReportStore(Workspace ws) {
        this(ws, System.getProperty("user.name", "unknown"));
    }

    public ReportStore(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
        this.reports = new Reports(ws, who);
        this.review = new ValueReview(ws, who);
        this.reextraction = new Reextraction(ws, who);
        this.settings = new WorkspaceSettings(ws, who);
        this.info = new WorkspaceInfoQuery(ws);
        this.counts = new ReportCounts(ws);
        this.details = new ReportDetails(ws, who);
        this.population = new PopulationStore(ws, who);
    }

    /** The publication date and web address a person states about a report. */
    public ReportDetails details() {
        return details;
    }

    /** Resident population per jurisdiction and year. */
    public PopulationStore population() {
        return population;
    }

    public Reports reports() {
        return reports;
    }

    public ValueReview review() {
        return review;
    }

    public WorkspaceSettings settings() {
        return settings;
    }

    // ---- reports ------------------------------------------------------------------------------------

    public Optional<ReportSummary> findBySha(String sha256) throws WorkspaceException {
        return reports.findBySha(sha256);
    }

    public List<ReportSummary> activeFor(Jurisdiction j, int year) throws WorkspaceException {
        return reports.activeFor(j, year);
    }

    public long insert(NewReport r) throws WorkspaceException {
        return reports.insert(r);
    }

    long insert(NewReport r, Runnable halfway) throws WorkspaceException {
        return reports.insert(r, halfway);
    }

    public long replace(long oldId, NewReport r) throws WorkspaceException {
        return reports.replace(oldId, r);
    }

    public List<ReportSummary> list(Integer year, String jurisdiction, boolean includeReplaced) throws WorkspaceException {
        return reports.list(year, jurisdiction, includeReplaced);
    }

    /** Reports in force per jurisdiction and year: years and places without reading the report list. */
    public List<cn.fazhi.workbench.model.ReportCount> reportCounts() throws WorkspaceException {
        return counts.inForce();
    }

    public Map<ReportSummary, List<StoredValue>> reportsWithValues(Collection<Integer> years) throws WorkspaceException {
        return reports.withValues(years, java.util.Set.of());
    }

    /** As {@link #reportsWithValues(Collection)}; the values of the years in {@code figuresOnly} without their evidence. */
    public Map<ReportSummary, List<StoredValue>> reportsWithValues(Collection<Integer> years, java.util.Set<Integer> figuresOnly)
            throws WorkspaceException {
        return reports.withValues(years, figuresOnly);
    }

    public Optional<ReportSummary> summary(long reportId) throws WorkspaceException {
        return reports.summary(reportId);
    }

    public Optional<String> text(long reportId) throws WorkspaceException {
        return reports.text(reportId);
    }

    public Optional<byte[]> original(long reportId) throws WorkspaceException {
        return reports.original(reportId);
    }

    public boolean metadataSetByHand(long reportId) throws WorkspaceException {
        return reports.metadataSetByHand(reportId);
    }

    public ReportSummary setJurisdiction(long reportId, Jurisdiction j, String note) throws WorkspaceException {
        return reports.setJurisdiction(reportId, j, note);
    }

    public ReportSummary setYear(long reportId, int year, String note) throws WorkspaceException {
        return reports.setYear(reportId, year, note);
    }

    // ---- values and review --------------------------------------------------------------------------

    public List<StoredValue> values(long reportId) throws WorkspaceException {
        return review.values(reportId);
    }

    public Optional<StoredValue> value(long valueId) throws WorkspaceException {
        return review.value(valueId);
    }

    public List<AuditEntry> audit(Long reportId, Long valueId) throws WorkspaceException {
        return review.audit(reportId, valueId);
    }

    public StoredValue confirm(long valueId, String note) throws WorkspaceException {
        return review.confirm(valueId, note);
    }

    public StoredValue reject(long valueId, String note) throws WorkspaceException {
        return review.reject(valueId, note);
    }

    public StoredValue correct(long valueId, BigDecimal number, String unit, Qualifier qualifier, String note)
            throws WorkspaceException {
        return review.correct(valueId, number, unit, qualifier, note);
    }

    /** The decisions on a value as a person was shown it: refused as a conflict when it changed since. */
    public StoredValue confirm(StoredValue seen, String note) throws WorkspaceException {
        return review.confirm(seen, note);
    }

    public StoredValue reject(StoredValue seen, String note) throws WorkspaceException {
        return review.reject(seen, note);
    }

    public StoredValue correct(StoredValue seen, BigDecimal number, String unit, Qualifier qualifier, String note)
            throws WorkspaceException {
        return review.correct(seen.id(), seen, number, unit, qualifier, note);
    }

    public StoredValue addManual(long reportId, IndicatorValue v, String note) throws WorkspaceException {
        return review.addManual(reportId, v, note);
    }

    public StoredValue restore(StoredValue previous) throws WorkspaceException {
        return review.restore(previous);
    }

    /** Undo, provided the value is still as {@code left} (see {@link ValueReview#restore(StoredValue, StoredValue)}). */
    public StoredValue restore(StoredValue previous, StoredValue left) throws WorkspaceException {
        return review.restore(previous, left);
    }

    public void removeManual(long valueId) throws WorkspaceException {
        review.removeManual(valueId);
    }

    // ---- re-extraction ------------------------------------------------------------------------------

    /** What re-extraction changed in one report. */
    public record ReextractOutcome(int updated, int added, int removed, int keptReviewed) {
        public boolean changed() {
            return updated + added + removed > 0;
        }
    }

    /** Applies a fresh extraction; values a person decided stay exactly as they are. */
    public ReextractOutcome reextract(long reportId, List<IndicatorValue> fresh) throws WorkspaceException {
        return reextract(reportId, fresh, List.of());
    }

    /** As {@link #reextract(long, List)}, and renews the report's open suggestions. */
    public ReextractOutcome reextract(long reportId, List<IndicatorValue> fresh, List<IndicatorValue> freshSuggestions)
            throws WorkspaceException {
        Reextraction.Outcome o = reextraction.apply(reportId, fresh, freshSuggestions);
        return new ReextractOutcome(o.updated(), o.added(), o.removed(), o.keptReviewed());
    }

    // ---- catalogue, settings, info ------------------------------------------------------------------

    public void saveCatalogue(String json, String note) throws WorkspaceException {
        settings.saveCatalogue(json, note);
    }

    public Optional<String> catalogueJson() throws WorkspaceException {
        return settings.catalogueJson();
    }

    public Optional<String> setting(String key) throws WorkspaceException {
        return settings.setting(key);
    }

    public List<String> settingKeys(String prefix) throws WorkspaceException {
        return settings.keys(prefix);
    }

    public void putSetting(String key, String value) throws WorkspaceException {
        settings.put(key, value);
    }

    public WorkspaceInfo info() throws WorkspaceException {
        return info.info();
    }
}
