package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.ui.common.I18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * A value's history as sentences in the window's language: "张三 2026-12-01 将 34,583 件 更正为 143,664 件：…".
 * The audit log keeps codes and plain figures ("34583 件 (approx)"); this words them.
 */
public final class HistoryText {
    private static final Pattern FIGURE = Pattern.compile("^(-?\\d+(?:\\.\\d+)?) (\\S+)(?: \\((\\w+)\\))?$");

    private HistoryText() {
    }

    public static String sentence(AuditEntry a) {
        String who = a.who();
        String when = day(a.at());
        String key = "history." + a.action();
        String old = figure(a.oldValue());
        String now = figure(a.newValue());
        String text = I18n.has(key) ? tr(key, who, when, old, now)
                : tr("history.other", who, when, I18n.has("audit." + a.action()) ? tr("audit." + a.action()) : a.action(), old, now);
        return a.note() == null || a.note().isBlank() ? text : text + tr("history.note", a.note());
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
