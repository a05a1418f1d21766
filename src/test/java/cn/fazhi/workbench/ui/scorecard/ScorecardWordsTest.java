package cn.fazhi.workbench.ui.scorecard;

import cn.fazhi.workbench.scorecard.ReportScore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorecard's words are looked up from codes, which LocalizationTest cannot see as literals. */
class ScorecardWordsTest {
    /** Keys made from codes (parts, how a part was found, timeliness, grades) exist in both languages. */
    @Test
    void everyCodeHasWordsInBothLanguages() throws IOException {
        for (String name : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties p = new Properties();
            try (InputStream in = ScorecardWordsTest.class.getResourceAsStream("/i18n/" + name)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (var part : cn.fazhi.workbench.model.ReportPart.values()) {
                assertTrue(p.containsKey("scorecard.part." + part.code()), name + " " + part);
            }
            for (var how : cn.fazhi.workbench.model.PartFinding.How.values()) {
                String k = how.name().toLowerCase(Locale.ROOT);
                assertTrue(p.containsKey("scorecard.how." + k) && p.containsKey("scorecard.mark." + k), name + " " + how);
            }
            for (var t : ReportScore.Timeliness.values()) {
                assertTrue(p.containsKey("scorecard.timeliness." + t.name().toLowerCase(Locale.ROOT)), name + " " + t);
            }
            for (var d : cn.fazhi.workbench.scorecard.ReportFacts.DateSource.values()) {
                assertTrue(p.containsKey("scorecard.dateSource." + d.name().toLowerCase(Locale.ROOT)), name + " " + d);
            }
            for (var g : ReportScore.Grade.values()) {
                assertTrue(p.containsKey("scorecard.grade." + g.name().toLowerCase(Locale.ROOT)), name + " " + g);
            }
        }
    }
}
