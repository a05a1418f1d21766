package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.ingest.ReportReaders;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks a folder for reports. Regular files with a supported name are taken; everything else that could
 * be mistaken for a report — a broken link, a link to a folder (not followed, so no loops), a pipe or
 * device (reading one would block), a sub-folder that cannot be opened — is listed as skipped with its
 * reason. Plain files of other types (pictures, spreadsheets) are left out without a word, as before.
 */
final class FolderWalk {
    private FolderWalk() {
    }

    static List<ExtractReports.Input> walk(Path folder) {
        List<ExtractReports.Input> out = new ArrayList<>();
        try {
            // Links are not followed inside the folder; a folder given as a link is walked where it points.
            Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    ExtractReports.Input in = entry(f, attrs);
                    if (in != null) {
                        out.add(in);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    out.add(skipped(f, SkipReason.UNREADABLE));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(new ExtractReports.Input(folder.toString(), folder));
        }
        out.sort(Comparator.comparing(ExtractReports.Input::path));
        return out;
    }

    /** A folder entry as an input, or null when it is a plain file the workbench does not read. */
    private static ExtractReports.Input entry(Path f, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            if (!Files.exists(f)) {
                return skipped(f, SkipReason.BROKEN_LINK);
            }
            if (Files.isDirectory(f)) {
                return skipped(f, SkipReason.FOLDER_LINK);
            }
            if (!Files.isRegularFile(f)) {
                return skipped(f, SkipReason.SPECIAL_FILE);
            }
            return supported(f) ? new ExtractReports.Input(f.toString(), f) : null;
        }
        if (attrs.isOther() || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            return skipped(f, SkipReason.SPECIAL_FILE);
        }
        return supported(f) ? new ExtractReports.Input(f.toString(), f) : null;
    }

    private static boolean supported(Path f) {
        return ReportReaders.isSupportedName(f.getFileName().toString());
    }

    private static ExtractReports.Input skipped(Path f, SkipReason why) {
        return new ExtractReports.Input(f.toString(), f, why);
    }
}
