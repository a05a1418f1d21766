package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.MergeRules;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.store.DuplicateMerge;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: find and merge the copies of one report that a workspace holds from before copies were
 * recognised by content (decision 0012: imports since then keep one version in force). Copies are found as
 * an import finds them ({@link SameReport}: same jurisdiction and year, same content); the copy whose text
 * reads best stays in force and the others become its other versions — nothing is deleted, and the
 * decisions people made on a copy are carried or kept as {@link MergeRules} says. {@link #find} changes
 * nothing (the dry run); {@link #merge} merges each report in its own transaction, audited.
 */
public final class MergeDuplicates {
    private final WorkspaceSession session;

    public MergeDuplicates(WorkspaceSession session) {
        this.session = session;
    }

    /**
     * One report stored several times: the copy that stays in force, the copies that become its versions,
     * and what happens to the decisions made on them.
     */
    public record Group(String jurisdiction, int year, ReportSummary primary, List<ReportSummary> copies,
                        List<MergeRules.Decision> decisions) {
        public long carried() {
            return decisions.stream().filter(d -> d.fate() == MergeRules.Fate.CARRIED).count();
        }

        /** Decisions that stay on their copy (the primary decided otherwise, or the copies disagree). */
        public List<MergeRules.Decision> kept() {
            return decisions.stream().filter(d -> d.fate() == MergeRules.Fate.KEPT_PRIMARY_DECIDED
                    || d.fate() == MergeRules.Fate.KEPT_COPIES_DISAGREE).toList();
        }
    }

    /** What {@link #merge} did: the groups merged, and those refused because the workspace changed meanwhile. */
    public record Outcome(List<Group> merged, List<Group> refused) {
    }

    /**
     * The reports held more than once, jurisdiction and year in code order; changes nothing. Reads the text
     * of every report that shares its jurisdiction and year with another one in force.
     */
    public List<Group> find(ProgressListener progress, CancellationToken cancel) throws WorkspaceException {
        Map<String, List<ReportSummary>> byKey = new LinkedHashMap<>();
        for (ReportSummary r : session.store().list(null, null, false)) {
            if (r.supersededBy() == null && r.jurisdiction() != null && r.year() != null && !r.needsAttention()) {
                byKey.computeIfAbsent(r.jurisdiction().fullName() + "\u0000" + r.year(), k -> new ArrayList<>()).add(r);
            }
        }
        List<List<ReportSummary>> shared = byKey.values().stream().filter(l -> l.size() > 1).toList();
        long total = shared.stream().mapToLong(List::size).sum();
        long done = 0;
        List<Group> groups = new ArrayList<>();
        for (List<ReportSummary> candidates : shared) {
            cancel.throwIfCancelled();
            List<Copy> copies = new ArrayList<>();
            for (ReportSummary r : candidates) {
                String text = session.store().text(r.id()).orElse("");
                copies.add(new Copy(r, SameReport.fingerprint(text), SameReport.readability(text, r.format())));
                progress.progress(++done, total, r.sourceName());
            }
            for (List<Copy> cluster : clusters(copies)) {
                groups.add(group(cluster));
            }
        }
        groups.sort(Comparator.comparing((Group g) -> g.primary().jurisdiction().code() == null ? "~"
                : g.primary().jurisdiction().code()).thenComparing(Group::jurisdiction).thenComparingInt(Group::year));
        return groups;
    }

    /** Merges each group in its own transaction; a group the workspace no longer matches is refused, unchanged. */
    public Outcome merge(List<Group> groups, ProgressListener progress, CancellationToken cancel) throws WorkspaceException {
        DuplicateMerge store = new DuplicateMerge(session.store());
        List<Group> merged = new ArrayList<>();
        List<Group> refused = new ArrayList<>();
        int done = 0;
        for (Group g : groups) {
            cancel.throwIfCancelled();
            try {
                var m = store.merge(g.primary().id(), g.copies().stream().map(ReportSummary::id).toList());
                merged.add(new Group(g.jurisdiction(), g.year(), g.primary(), g.copies(), m.decisions()));
            } catch (WorkspaceException e) {
                if (e.kind() != WorkspaceException.Kind.CONFLICT && e.kind() != WorkspaceException.Kind.NOT_FOUND) {
                    throw e;
                }
                refused.add(g);
            }
            progress.progress(++done, groups.size(), g.jurisdiction());
        }
        return new Outcome(merged, refused);
    }

    private record Copy(ReportSummary report, SameReport.Fingerprint fingerprint, double readability) {
    }

    /** Copies that are the same report as another (transitively), each cluster of two or more. */
    private static List<List<Copy>> clusters(List<Copy> copies) {
        int n = copies.size();
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                boolean ocr = copies.get(a).report().format().isOcr() || copies.get(b).report().format().isOcr();
                if (SameReport.same(copies.get(a).fingerprint(), copies.get(b).fingerprint(), ocr)) {
                    parent[root(parent, a)] = root(parent, b);
                }
            }
        }
        Map<Integer, List<Copy>> byRoot = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            byRoot.computeIfAbsent(root(parent, k), x -> new ArrayList<>()).add(copies.get(k));
        }
        return byRoot.values().stream().filter(l -> l.size() > 1).toList();
    }

    private static int root(int[] parent, int k) {
        while (parent[k] != k) {
            k = parent[k];
        }
        return k;
    }

    /** The copy that reads best is the primary (the earliest stored on a tie); the rest become its versions. */
    private Group group(List<Copy> cluster) throws WorkspaceException {
        Copy primary = cluster.stream().max(Comparator.comparingDouble(Copy::readability)
                .thenComparingLong(c -> -c.report().id())).orElseThrow();
        List<ReportSummary> others = cluster.stream().filter(c -> c != primary).map(Copy::report)
                .sorted(Comparator.comparingLong(ReportSummary::id)).toList();
        List<MergeRules.Decision> decisions = new DuplicateMerge(session.store())
                .preview(primary.report().id(), others.stream().map(ReportSummary::id).toList());
        ReportSummary p = primary.report();
        return new Group(p.jurisdiction().fullName(), p.year(), p, others, decisions);
    }
}
