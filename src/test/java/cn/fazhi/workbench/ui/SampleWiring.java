package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * The window's wiring without a window, in Chinese, on a fresh workspace {@code dir/ws.db} that the first
 * start fills with the sample reports; tasks run on the calling thread and preferences are the test's own.
 */
public final class SampleWiring {
    private SampleWiring() {
    }

    public static AppWiring open(Path dir) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        AppWiring wiring = new AppWiring(new CurrentThreadTaskRunner(),
                new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), dir.resolve("ws.db"));
        wiring.openWorkspace(dir.resolve("ws.db"));
        return wiring;
    }
}
