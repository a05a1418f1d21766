package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.PopulationFigure;
import cn.fazhi.workbench.model.WorkspaceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resident population per jurisdiction code and year, as the user entered or imported it (schema 5). Every
 * change is audited (action set_population / remove_population, the code and year in the note) in the
 * same transaction.
 */
public final class PopulationStore {
    private final Workspace ws;
    private final String who;

    public PopulationStore(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
    }

    /** Stores the figures in one transaction (a figure for the same code and year is replaced); returns how many changed. */
    public int putAll(List<PopulationFigure> figures, String note) throws WorkspaceException {
        return ws.write(c -> {
            int changed = 0;
            for (PopulationFigure f : figures) {
                if (put(c, f, note)) {
                    changed++;
                }
            }
            return changed;
        });
    }

    public void put(PopulationFigure f, String note) throws WorkspaceException {
        putAll(List.of(f), note);
    }

    private boolean put(Connection c, PopulationFigure f, String note) throws SQLException {
        Optional<Long> before = residents(c, f.code(), f.year());
        if (before.isPresent() && before.get() == f.residents()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO population (code, year, residents, source, updated_at) "
                + "VALUES (?,?,?,?,?) ON CONFLICT (code, year) DO UPDATE SET residents = excluded.residents, "
                + "source = excluded.source, updated_at = excluded.updated_at")) {
            s.setString(1, f.code());
            s.setInt(2, f.year());
            s.setLong(3, f.residents());
            s.setString(4, f.source());
            s.setString(5, Sql.now());
            s.executeUpdate();
        }
        AuditLog.write(c, who, "set_population", null, null, null, before.map(String::valueOf).orElse(null),
                String.valueOf(f.residents()), key(f.code(), f.year()) + (note == null ? "" : " " + note));
        return true;
    }

    /** Removes the figure of a code and year, if any; returns whether there was one. */
    public boolean remove(String code, int year, String note) throws WorkspaceException {
        return ws.write(c -> {
            Optional<Long> before = residents(c, code, year);
            if (before.isEmpty()) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM population WHERE code = ? AND year = ?")) {
                s.setString(1, code);
                s.setInt(2, year);
                s.executeUpdate();
            }
            AuditLog.write(c, who, "remove_population", null, null, null, String.valueOf(before.get()), null,
                    key(code, year) + (note == null ? "" : " " + note));
            return true;
        });
    }

    /** Every figure, by code then year. */
    public List<PopulationFigure> all() throws WorkspaceException {
        return ws.read(c -> {
            List<PopulationFigure> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT code, year, residents, source, updated_at FROM population ORDER BY code, year");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new PopulationFigure(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return out;
        });
    }

    /** Residents per code, per year, for the given years (one query; a comparison asks once). */
    public Map<String, Map<Integer, Long>> forYears(Collection<Integer> years) throws WorkspaceException {
        if (years.isEmpty()) {
            return Map.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(years.size(), "?"));
        return ws.read(c -> {
            Map<String, Map<Integer, Long>> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT code, year, residents FROM population WHERE year IN (" + in + ")")) {
                int k = 1;
                for (Integer y : years) {
                    s.setInt(k++, y);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), x -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
                    }
                }
            }
            return out;
        });
    }

    private static Optional<Long> residents(Connection c, String code, int year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT residents FROM population WHERE code = ? AND year = ?")) {
            s.setString(1, code);
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static String key(String code, int year) {
        return code + "/" + year;
    }
}
