package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.ui.common.I18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * A value's history as sentences in the window's language: "张三 2026-12-01 将 34,583 件 更正为 143,664 件：…".
 * The audit log keeps codes and plain figures ("34583 件 (approx)"); this words them. A person's note is
 * shown as typed; the notes the program itself writes (in English, in every workspace since the first
 * version: "from report 12 (confirmed)") are worded from their figures, and one this version does not know
 * is left out rather than shown in English.
 */
public final class HistoryText {
    private static final Pattern FIGURE = Pattern.compile("^(-?\\d+(?:\\.\\d+)?) (\\S+)(?: \\((\\w+)\\))?$");
    /** Actions whose note the program writes; every other action's note is a person's. */
    private static final Set<String> PROGRAM_NOTES = Set.of("import", "carry_over", "replace", "reextract", "other_version",
            "make_primary", "catalogue", "undo");
    /** The program's notes as the store writes them, and the key that words each (groups are its arguments). */
    private static final List<Map.Entry<Pattern, String>> NOTES = List.of(
            Map.entry(Pattern.compile("^from report (\\d+) \\((\\w+)\\)$"), "history.note.fromReport"),
            Map.entry(Pattern.compile("^(\\d+) values$"), "history.note.values"),
            Map.entry(Pattern.compile("^.* replaces report (\\d+); (\\d+) reviewed values carried over$"), "history.note.replaces"),
            Map.entry(Pattern.compile("^(\\d+) updated, (\\d+) added, (\\d+) removed, (\\d+) reviewed kept$"), "history.note.reextract"),
            Map.entry(Pattern.compile("^.* is the same report as report (\\d+) in another format; kept as another version$"),
                    "history.note.otherVersion"),
            Map.entry(Pattern.compile("^report (\\d+) is now the version in force instead of report (\\d+); (\\d+) reviewed values carried over$"),
                    "history.note.madePrimary"),
            Map.entry(Pattern.compile("^added value removed$"), "history.note.manualRemoved"));

    private HistoryText() {
    }

    public static String sentence(AuditEntry a) {
        String who = a.who();
        String when = day(a.at());
        String key = "history." + a.action();
        String old = figure(a.oldValue());
        String now = figure(a.newValue());
        String text = I18n.has(key) ? tr(key, who, when, old, now)
                : tr("history.other", who, when, I18n.has("audit." + a.action()) ? tr("audit." + a.action()) : tr("audit.unknown"),
                old, now);
        String note = PROGRAM_NOTES.contains(a.action()) ? programNote(a.note()) : a.note();
        return note == null || note.isBlank() ? text : text + tr("history.note", note);
    }

    /** A note the program wrote, in the window's language; null for one this version has no words for. */
    static String programNote(String stored) {
        if (stored == null) {
            return null;
        }
        for (Map.Entry<Pattern, String> n : NOTES) {
            Matcher m = n.getKey().matcher(stored.strip());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int g = 1; g <= m.groupCount(); g++) {
                    String v = m.group(g);
                    args[g - 1] = I18n.has("status." + v) ? tr("status." + v) : v;
                }
                return tr(n.getValue(), args);
            }
        }
        return null;
    }

    /** The local day of an ISO instant; the text as it is when it is not one. */
    static String day(String at) {
        try {
            return Instant.parse(at).atZone(ZoneId.systemDefault()).toLocalDate().toString();
        } catch (RuntimeException e) {
            return at == null ? "" : at.substring(0, Math.min(10, at.length()));
        }
    }

    /** "34583 件 (approx)" → "约 34,583 件"; a status code → its word; anything else as it is. */
    static String figure(String stored) {
        if (stored == null) {
            return "";
        }
        if (I18n.has("status." + stored)) {
            return tr("status." + stored);
        }
        Matcher m = FIGURE.matcher(stored.strip());
        if (!m.matches()) {
            return stored;
        }
        String number = new DecimalFormat("#,##0.######").format(new BigDecimal(m.group(1)));
        String tail = m.group(3);
        String word = tail == null ? "" : I18n.has("qualifier." + tail) ? "（" + tr("qualifier." + tail) + "）"
                : I18n.has("status." + tail) ? "（" + tr("status." + tail) + "）" : " (" + tail + ")";
        return number + " " + m.group(2) + word;
    }
}
