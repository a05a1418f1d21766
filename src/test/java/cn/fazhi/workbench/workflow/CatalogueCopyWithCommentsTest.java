package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.CatalogueLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An exported catalogue a person annotated with // comments still takes an indicator added in the app. */
class CatalogueCopyWithCommentsTest {

    @Test
    void anAnnotatedCopyTakesANewIndicator() throws Exception {
        String bundled;
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(CatalogueLoader.RESOURCE)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String annotated = "// 本省用的副本：2026 年 12 月改过\n" + bundled.replaceFirst("\\{", "{\n  // 说明见司法厅通知\n");
        String out = Catalogues.withIndicator(annotated, new Catalogues.NewIndicator("custom.visits", "法律咨询", "",
                "人次", false, "neutral", "disputes", "legal_aid", List.of("法律咨询"), false));
        assertTrue(out.contains("\"custom.visits\""), out.substring(0, 200));
    }
}
