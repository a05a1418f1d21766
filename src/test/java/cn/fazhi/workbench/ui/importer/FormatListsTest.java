package cn.fazhi.workbench.ui.importer;

import cn.fazhi.workbench.workflow.ReadableFormats;
import cn.fazhi.workbench.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file chooser and the drop hint list every format the readers take, from the one registry. */
class FormatListsTest {
    @AfterEach
    void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void chooserAndDropHintNameEveryFormat() {
        for (String ext : ReadableFormats.extensions()) {
            assertTrue(ImportView.chooserPatterns().contains("*." + ext), ext);
        }
        for (Locale l : new Locale[]{Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            I18n.use(l);
            String hint = I18n.tr("import.drop", ImportView.dropHintExtensions());
            for (var r : cn.fazhi.workbench.ingest.ReportReaders.registry()) {
                assertTrue(hint.contains("." + r.extensions().get(0)), l + ": " + hint);
            }
            assertTrue(hint.contains(".mht/.mhtml") && hint.contains(".ofd") && hint.contains(".wps")
                    && hint.contains(".png/.jpg/.tif"), hint);
        }
    }
}
