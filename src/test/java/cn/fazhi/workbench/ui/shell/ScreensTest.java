package cn.fazhi.workbench.ui.shell;

import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one list of screens: ids and shortcuts are unique, the first screen is registered, the rail order is kept. */
class ScreensTest {
    @Test
    void idsAndShortcutsAreUniqueAndTheFirstScreenIsRegistered() {
        Set<String> ids = new HashSet<>();
        Set<KeyCombination> keys = new HashSet<>();
        for (Screens.Entry e : Screens.ALL) {
            assertTrue(ids.add(e.id()), "screen registered twice: " + e.id());
            assertEquals("nav." + e.id(), e.titleKey(), "the title key names the screen");
            assertFalse(e.shortcuts().isEmpty(), e.id() + " has a shortcut");
            for (KeyCombination k : e.shortcuts()) {
                assertTrue(keys.add(k), "shortcut used twice: " + k);
            }
        }
        assertTrue(ids.contains(Screens.FIRST));
        assertEquals(java.util.List.of("import", "reports", "queue", "compare", "catalogue", "settings"),
                Screens.ALL.stream().map(Screens.Entry::id).toList());
    }
}
