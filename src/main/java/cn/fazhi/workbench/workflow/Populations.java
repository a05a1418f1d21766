package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.Division;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.ingest.PopulationTable;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.ingest.ReportReaders;
import cn.fazhi.workbench.model.PopulationFigure;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.WorkspaceException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: the resident population (常住人口) per jurisdiction and year that per-head figures are divided by,
 * as the user enters or imports it (a CSV or Excel table with 行政区划代码 or 名称, 年份, 常住人口). Nothing is
 * shipped and nothing is guessed: a row whose jurisdiction, year or figure is unclear is refused with its
 * reason (a code the window and the command line word), and the rest are stored in one transaction, audited.
 */
public final class Populations {
    /** Fewer residents than this in a jurisdiction means the figure is in 万 (10,000s) without saying so. */
    static final long FEWEST_PERSONS = 1_000;
    /** More than any province has: a figure beyond it is a typing error. */
    static final long MOST_PERSONS = 150_000_000;

    /** Why a row (or the file) is not taken; worded from {@code population.problem.} + id. */
    public enum Problem {
        /** {0} the file: no row names a year and a population column and a code or name column. */
        NO_HEADER,
        /** {0} what the row names: not in the gazetteer. */
        UNKNOWN_JURISDICTION,
        /** {0} the name, {1} the divisions it may be. */
        AMBIGUOUS_NAME,
        /** {0} the year as written. */
        BAD_YEAR,
        /** {0} the figure as written. */
        BAD_NUMBER,
        /** {0} the figure: too small for persons and the header does not say 万. */
        UNIT_UNCLEAR,
        /** {0} the figure in persons: more than any province has. */
        IMPLAUSIBLE,
        /** {0} the code, {1} the year: a second, different figure in the same file. */
        DUPLICATE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A row not taken: its line in the file (0 for one typed in), why, and the words' arguments. */
    public record RowProblem(int line, Problem problem, List<String> args) {
    }

    /**
     * What an import did.
     *
     * @param unreadable why the file could not be read at all, or null
     */
    public record ImportResult(int rows, int stored, int changed, List<RowProblem> problems, ReadError.Kind unreadable) {
    }

    private final WorkspaceSession session;

    public Populations(WorkspaceSession session) {
        this.session = session;
    }

    public List<PopulationFigure> all() throws WorkspaceException {
        return session.store().population().all();
    }

    /** Reads a table and stores every row it can vouch for; a figure for the same code and year is replaced. */
    public ImportResult importFile(Path file) throws WorkspaceException {
        PopulationTable.Table table;
        try {
            table = PopulationTable.read(file.getFileName().toString(), ReportReaders.readBytes(file));
        } catch (ReadException e) {
            return new ImportResult(0, 0, 0, List.of(), e.kind());
        }
        if (!table.headerFound()) {
            return new ImportResult(0, 0, 0, List.of(new RowProblem(0, Problem.NO_HEADER,
                    List.of(file.getFileName().toString()))), null);
        }
        List<RowProblem> problems = new ArrayList<>();
        Map<String, PopulationFigure> figures = new LinkedHashMap<>();
        for (PopulationTable.Row row : table.rows()) {
            try {
                PopulationFigure f = figure(row.code().isEmpty() ? row.name() : row.code(), row.year(),
                        row.residents(), row.tenThousands(), file.getFileName().toString());
                PopulationFigure earlier = figures.putIfAbsent(f.code() + "/" + f.year(), f);
                if (earlier != null && earlier.residents() != f.residents()) {
                    problems.add(new RowProblem(row.line(), Problem.DUPLICATE, List.of(f.code(), String.valueOf(f.year()))));
                }
            } catch (RefusedRow r) {
                problems.add(new RowProblem(row.line(), r.problem, r.args));
            }
        }
        int changed = session.reviewStore().population().putAll(List.copyOf(figures.values()),
                "imported from " + file.getFileName());
        ActivityLog.populationImported(file, figures.size(), changed, problems.size());
        return new ImportResult(table.rows().size(), figures.size(), changed, problems, null);
    }

    /**
     * Enters one figure typed by a person: a code or name, the year, the population in persons (or with 万).
     *
     * @return the problem when refused; empty when stored
     */
    public Optional<RowProblem> set(String codeOrName, String year, String residents) throws WorkspaceException {
        try {
            PopulationFigure f = figure(codeOrName, year, residents, false, null);
            session.reviewStore().population().put(f, null);
            return Optional.empty();
        } catch (RefusedRow r) {
            return Optional.of(new RowProblem(0, r.problem, r.args));
        }
    }

    public boolean remove(String code, int year) throws WorkspaceException {
        return session.reviewStore().population().remove(code, year, null);
    }

    /** The name of a code in the gazetteer (for lists), or the code itself. */
    public static String nameOf(String code) {
        Division d = Gazetteer.bundled().byCode(code);
        return d == null ? code : d.toJurisdiction().fullName();
    }

    private static final class RefusedRow extends Exception {
        final Problem problem;
        final List<String> args;

        RefusedRow(Problem problem, String... args) {
            super(problem.id(), null, false, false);
            this.problem = problem;
            this.args = List.of(args);
        }
    }

    static PopulationFigure figure(String who, String yearText, String residentsText, boolean tenThousands, String source)
            throws RefusedRow {
        String code = code(who);
        int year;
        try {
            year = new BigDecimal(yearText.strip().replace("年", "")).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new RefusedRow(Problem.BAD_YEAR, yearText);
        }
        if (year < 2000 || year > 2100) {
            throw new RefusedRow(Problem.BAD_YEAR, yearText);
        }
        return new PopulationFigure(code, year, persons(residentsText, tenThousands), source, null);
    }

    private static String code(String who) throws RefusedRow {
        String q = who == null ? "" : who.strip();
        if (q.isEmpty()) {
            throw new RefusedRow(Problem.UNKNOWN_JURISDICTION, q);
        }
        List<Division> found = Gazetteer.bundled().find(q);
        if (found.isEmpty() || found.get(0).code() == null) {
            throw new RefusedRow(Problem.UNKNOWN_JURISDICTION, q);
        }
        if (found.size() > 1) {
            StringBuilder b = new StringBuilder();
            for (Division d : found) {
                b.append(b.isEmpty() ? "" : "、").append(d.toJurisdiction().fullName()).append(' ').append(d.code());
            }
            throw new RefusedRow(Problem.AMBIGUOUS_NAME, q, b.toString());
        }
        return found.get(0).code();
    }

    /** Persons, from "523,000", "52.3万", "52.3" under a 万人 header; refuses what cannot be a population. */
    static long persons(String text, boolean tenThousands) throws RefusedRow {
        String t = text == null ? "" : text.strip().replace(",", "").replace("，", "").replace(" ", "").replace("人", "");
        boolean wan = tenThousands;
        if (t.endsWith("万")) {
            wan = true;
            t = t.substring(0, t.length() - 1);
        }
        BigDecimal n;
        try {
            n = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new RefusedRow(Problem.BAD_NUMBER, String.valueOf(text));
        }
        if (n.signum() <= 0) {
            throw new RefusedRow(Problem.BAD_NUMBER, String.valueOf(text));
        }
        if (!wan && n.compareTo(BigDecimal.valueOf(FEWEST_PERSONS)) < 0) {
            throw new RefusedRow(Problem.UNIT_UNCLEAR, String.valueOf(text));
        }
        long persons = (wan ? n.multiply(BigDecimal.valueOf(10_000)) : n).setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (persons > MOST_PERSONS) {
            throw new RefusedRow(Problem.IMPLAUSIBLE, String.valueOf(text));
        }
        if (persons < FEWEST_PERSONS) {
            throw new RefusedRow(Problem.UNIT_UNCLEAR, String.valueOf(text));
        }
        return persons;
    }
}
