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
}
