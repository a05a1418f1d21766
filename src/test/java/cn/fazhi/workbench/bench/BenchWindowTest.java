package cn.fazhi.workbench.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How bench window reads what the window's process prints (no window is started here). */
class BenchWindowTest {
    @Test
    void readsTheWindowsLinesAndIgnoresEverythingElse() {
        var e = BenchWindow.parse("startbench\tusable\t2345\t3120\t10 years, 2854 jurisdictions", 2500).orElseThrow();
        assertEquals("usable", e.name());
        assertEquals(2500, e.wallMillis(), "wall time is measured from outside");
        assertEquals(2345, e.jvmMillis());
        assertEquals(3120, e.cpuMillis());
        assertEquals("10 years, 2854 jurisdictions", e.detail());
        assertTrue(BenchWindow.parse("startbench\tshown\t900\t1500", 1000).isPresent(), "the detail may be missing");
        assertTrue(BenchWindow.parse("INFO: workspace open", 10).isEmpty());
        assertTrue(BenchWindow.parse("startbench\tshown\tsoon\t1", 10).isEmpty());
    }

    @Test
    void printsEachRunAndTheMedianOfEachStep() {
        List<BenchWindow.Run> runs = List.of(run(1000, 2000, 3000), run(1200, 2600, 3400), run(1100, 2200, 9000));
        Map<String, String> lines = BenchWindow.lines(runs);
        assertTrue(lines.get("run 2").startsWith("shown 1.20 s"), lines.get("run 2"));
        assertTrue(lines.get("median usable").startsWith("2.20 s wall (2.00–2.60)"), lines.get("median usable"));
        assertTrue(lines.get("median compared").startsWith("3.40 s wall"), lines.get("median compared"));
    }

    private static BenchWindow.Run run(long shown, long usable, long compared) {
        Map<String, BenchWindow.Event> events = new LinkedHashMap<>();
        events.put("shown", new BenchWindow.Event("shown", shown, shown, shown, ""));
        events.put("usable", new BenchWindow.Event("usable", usable, usable, usable, ""));
        events.put("compared", new BenchWindow.Event("compared", compared, compared, compared, ""));
        return new BenchWindow.Run(events, 1.0, 1.0);
    }
}
