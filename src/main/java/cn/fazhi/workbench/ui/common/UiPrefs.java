package cn.fazhi.workbench.ui.common;

import java.util.prefs.Preferences;

/** What the app remembers between runs: window size, last folder, last selection, language, workspace. */
public final class UiPrefs {
    private final Preferences node;

    public UiPrefs(String nodeName) {
        this.node = Preferences.userRoot().node(nodeName);
    }

    public static UiPrefs standard() {
        return new UiPrefs("cn/fazhi/workbench");
    }

    public String get(String key, String def) {
        return node.get(key, def);
    }

    public void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    public double getDouble(String key, double def) {
        return node.getDouble(key, def);
    }

    public void putDouble(String key, double value) {
        node.putDouble(key, value);
    }
}
