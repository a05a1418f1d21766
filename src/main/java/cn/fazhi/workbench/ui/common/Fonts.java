package cn.fazhi.workbench.ui.common;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;

/** Registers the bundled Chinese font, so the app renders Chinese on a machine without any CJK font. */
public final class Fonts {
    public static final String FAMILY = "Noto Sans SC";
    private static final String RESOURCE = "/fazhi/fonts/NotoSansSC-Regular-GBK.ttf";
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized boolean register() {
        if (loaded) {
            return true;
        }
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            Font f = Font.loadFont(in, 13);
            loaded = f != null;
            return loaded;
        } catch (IOException e) {
            AppLog.error("cannot load the bundled font", e);
            return false;
        }
    }
}
