package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a workspace keeps besides reports: its indicator catalogue and its settings (key and value). */
public final class WorkspaceSettings {
    private final Workspace ws;
    private final String who;

    public WorkspaceSettings(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
    }

    /** Makes {@code json} the catalogue in force for this workspace (audited). */
    public void saveCatalogue(String json, String note) throws WorkspaceException {
        ws.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO catalogue (id, json, updated_at) VALUES (1, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at")) {
                s.setString(1, json);
                s.setString(2, Sql.now());
                s.executeUpdate();
            }
            AuditLog.write(c, who, "catalogue", null, null, null, null, null, note);
            return null;
        });
    }

    public Optional<String> catalogueJson() throws WorkspaceException {
        return ws.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT json FROM catalogue WHERE id = 1")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    public Optional<String> setting(String key) throws WorkspaceException {
        return ws.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Setting keys starting with {@code prefix}. */
    public List<String> keys(String prefix) throws WorkspaceException {
        return ws.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT key FROM settings WHERE key LIKE ? ORDER BY key")) {
                s.setString(1, prefix.replace("%", "\\%") + "%");
                List<String> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    public void put(String key, String value) throws WorkspaceException {
        ws.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                s.setString(1, key);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }
}
