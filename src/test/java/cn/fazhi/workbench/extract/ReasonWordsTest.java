package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every reason a suggestion can carry has words in both languages: the window shows no codes (FigureWords). */
class ReasonWordsTest {

    @Test
    void everyDoubtHasWordsInBothLanguages() throws IOException {
        Set<String> reasons = new TreeSet<>(Verdict.DOUBTS);
        reasons.add(RatesOverAPart.FLAG);
        reasons.add(Derivations.INCONSISTENT);
        Set<String> missing = new TreeSet<>();
        for (String bundle : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties p = new Properties();
            try (InputStream in = ReasonWordsTest.class.getResourceAsStream("/i18n/" + bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            reasons.stream().filter(r -> !p.containsKey("reason." + r)).forEach(r -> missing.add(bundle + ": " + r));
        }
        assertTrue(missing.isEmpty(), "reasons without words: " + missing);
    }

    @Test
    void aReasonGivenByTwoChecksIsSaidOnce() {
        var x = ExtractorFixture.report("全县共调处矛盾纠纷1260件（1—10月），其中重大疑难纠纷56件，调处成功56件。");
        for (var v : x.suggestions()) {
            org.junit.jupiter.api.Assertions.assertEquals(v.flags().stream().distinct().toList(), v.flags(), v.toString());
        }
        for (var v : x.values()) {
            org.junit.jupiter.api.Assertions.assertEquals(v.flags().stream().distinct().toList(), v.flags(), v.toString());
        }
    }
}
