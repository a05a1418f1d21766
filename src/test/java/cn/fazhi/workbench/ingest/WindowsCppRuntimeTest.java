package cn.fazhi.workbench.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowsCppRuntimeTest {

    @Test
    void loadsTheRuntimeBeforeTheLibraryThatImportsIt() {
        List<String> loaded = new ArrayList<>();
        assertEquals(List.of(), WindowsCppRuntime.load(loaded::add));
        assertEquals(List.of("vcruntime140", "vcruntime140_1", "msvcp140"), loaded);
    }

    @Test
    void namesEveryDllItCouldNotLoadAndGoesOnWithTheRest() {
        Set<String> absent = Set.of("vcruntime140_1", "msvcp140");
        List<String> loaded = new ArrayList<>();
        List<String> missing = WindowsCppRuntime.load(name -> {
            if (absent.contains(name)) {
                throw new UnsatisfiedLinkError("no " + name + " in java.library.path");
            }
            loaded.add(name);
        });
        assertEquals(List.of("vcruntime140_1.dll", "msvcp140.dll"), missing);
        assertEquals(List.of("vcruntime140"), loaded);
    }

    @Test
    void onlyWindowsNeedsIt() {
        assertTrue(WindowsCppRuntime.isWindows("Windows 10"));
        assertTrue(WindowsCppRuntime.isWindows("Windows Server 2019"));
        assertFalse(WindowsCppRuntime.isWindows("Linux"));
        assertFalse(WindowsCppRuntime.isWindows("Mac OS X"));
        // on this (non-Windows) test machine nothing is loaded and nothing is missing
        if (!WindowsCppRuntime.isWindows(System.getProperty("os.name", ""))) {
            assertEquals(List.of(), WindowsCppRuntime.ensureLoaded());
        }
    }
}
