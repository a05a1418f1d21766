package cn.fazhi.workbench.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample reports shipped under resources/samples (listed in its INDEX file). */
public final class SampleReports {
    private static final String DIR = "/fazhi/samples/";

    private SampleReports() {
    }

    public static List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : new String(bytes("INDEX"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    public static byte[] bytes(String name) throws IOException {
        try (InputStream in = SampleReports.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("missing bundled sample " + name);
            }
            return in.readAllBytes();
        }
    }

    public static String text(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
