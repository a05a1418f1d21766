package cn.fazhi.workbench.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text the UI asks for exists in Chinese and in English, and both bundles have the same keys. */
class LocalizationTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("tr\\(\"([a-zA-Z0-9_.]+)\"[,)]");
    private static final Pattern NAV_KEY = Pattern.compile("\"(nav\\.[a-z]+)\"");
    /** Keys built at run time from enum ids: prefix and the values they can take. */
    private static final String[][] DYNAMIC = {
            {"status.", "extracted", "confirmed", "corrected", "rejected", "manual"},
            {"level.", "province", "city", "county", "district", "zone"},
            {"qualifier.", "exact", "approx_over", "at_least", "approx", "at_most"},
            {"direction.", "higher_better", "lower_better", "neutral"},
            {"import.status.", "imported", "replaced", "duplicate", "failed", "cancelled", "skipped"},
            {"import.reason.", "duplicate", "duplicate_meanwhile", "replaces", "kept_beside", "cancelled", "disk_full",
                    "stopped_disk_full", "locked", "store_failed", "read_failed", "empty", "binary", "corrupt", "encrypted",
                    "no_text", "too_large", "unsupported", "not_found", "io", "unsafe", "skipped_broken_link",
                    "skipped_folder_link", "skipped_special_file", "skipped_unreadable"},
            {"settings.restoreBad.", "not_a_workspace", "corrupt", "newer_version", "not_found"},
            {"review.invalid.", "not_a_number", "too_large", "too_precise", "negative", "rate_above_100", "not_whole"},
            {"error.workspace.", "corrupt", "newer_version", "read_only", "locked", "not_a_workspace", "io", "not_found", "conflict",
                    "disk_full"},
            {"audit.", "import", "confirm", "correct", "reject", "add", "set_jurisdiction", "set_year", "reextract",
                    "carry_over", "replace", "undo", "catalogue", "other_version", "make_primary", "unknown"}};

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/fazhi/workbench/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher m = LITERAL_KEY.matcher(src);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                Matcher nav = NAV_KEY.matcher(src);
                while (nav.find()) {
                    keys.add(nav.group(1));
                }
            }
        }
        for (String[] d : DYNAMIC) {
            for (int k = 1; k < d.length; k++) {
                keys.add(d[0] + d[k]);
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedInTheUiExistsInBothLanguages() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (String key : keysUsedInCode()) {
            if (!zh.containsKey(key)) {
                missing.add("zh:" + key);
            }
            if (!en.containsKey(key)) {
                missing.add("en:" + key);
            }
        }
        assertTrue(missing.isEmpty(), "missing texts: " + missing);
    }

    /** Codes the core hands to the window and the command line: every one has words in both languages, also when an enum grows. */
    @Test
    void everyCodeTheCoreReturnsHasWords() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> keys = new TreeSet<>();
        for (var r : cn.fazhi.workbench.workflow.ImportReason.values()) {
            keys.add(r.key());
        }
        for (var k : cn.fazhi.workbench.model.ReadError.Kind.values()) {
            keys.add("import.reason." + k.id());
        }
        for (var k : cn.fazhi.workbench.workflow.SkipReason.values()) {
            keys.add("import.reason.skipped_" + k.id());
        }
        for (var k : cn.fazhi.workbench.workflow.ReviewValues.Refusal.values()) {
            keys.add("review.refused." + k.id());
        }
        for (var k : cn.fazhi.workbench.model.ValueCheck.Problem.values()) {
            keys.add("review.invalid." + k.id());
        }
        for (var k : cn.fazhi.workbench.model.WorkspaceException.Kind.values()) {
            keys.add("error.workspace." + k.id());
        }
        for (var k : cn.fazhi.workbench.workflow.ImportReports.Status.values()) {
            keys.add("import.status." + k.id());
        }
        for (var k : cn.fazhi.workbench.model.CatalogueProblem.values()) {
            keys.add("catalogue.problem." + k.id());
        }
        keys.removeIf(k -> zh.containsKey(k) && en.containsKey(k));
        assertTrue(keys.isEmpty(), "codes without words: " + keys);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void chineseIsTheDefaultAndYearsAreNotGrouped() {
        cn.fazhi.workbench.ui.common.I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals("法治年报比对工作台", cn.fazhi.workbench.ui.common.I18n.tr("app.title"));
        assertEquals("年度已设为 2022。", cn.fazhi.workbench.ui.common.I18n.tr("review.yearSet", 2022));
        cn.fazhi.workbench.ui.common.I18n.use(java.util.Locale.ENGLISH);
        assertEquals("Fazhi Workbench", cn.fazhi.workbench.ui.common.I18n.tr("app.title"));
        cn.fazhi.workbench.ui.common.I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
