package cn.fazhi.workbench.archfixture.scorecard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks "the scorecard is pure" on purpose: scoring that reads a file. */
public final class ReadsAFile {
    private ReadsAFile() {
    }

    public static String weights(Path p) throws IOException {
        return Files.readString(p);
    }
}
