package cn.fazhi.workbench.workflow;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remakes the installed app's shared class archive (AppCDS, decision 0020) when the JVM refused it.
 * An archive records the absolute place and the modification time of the jar it was made from, so a copy of
 * the application image moved or unpacked elsewhere starts without it, as slowly as the plain jar (issue 12).
 * The launchers ask for {@code -XX:SharedArchiveFile=$APPDIR/fazhi.jsa} and the image ships the class list
 * beside it; when this JVM was given that archive but is not sharing, and the folder is writable, the archive
 * is made again from the list for this place, so the next start has it. The new archive replaces the old one
 * only after a second JVM has mapped it with {@code -Xshare:on}.
 */
public final class SharedArchiveRepair {
    private static final Logger LOG = Logger.getLogger("cn.fazhi.workbench");
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    static final String CLASS_LIST = "fazhi.classlist";
    private static final long DUMP_TIMEOUT_SECONDS = 180;

    /** What a repair needs: the runtime's java, the class list, the archive to write and the class path. */
    public record Plan(Path java, Path classList, Path archive, String classPath) {
    }

    private SharedArchiveRepair() {
    }

    /** The plan for this JVM, or empty when its archive is in use, was not asked for, or cannot be remade. */
    public static Optional<Plan> forThisJvm() {
        return plan(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.vm.info", ""),
                Path.of(System.getProperty("java.home")), System.getProperty("java.class.path", ""));
    }

    /**
     * Decides from the JVM's options and state: an archive was asked for, the JVM is not sharing (it says
     * "sharing" in java.vm.info when an archive is mapped), the class list lies beside the archive, the folder can
     * be written and the class path is jars only (the dump refuses folders).
     */
    static Optional<Plan> plan(List<String> jvmArguments, String vmInfo, Path javaHome, String classPath) {
        String archive = null;
        for (String argument : jvmArguments) {
            if (argument.startsWith(ARCHIVE_OPTION)) {
                archive = argument.substring(ARCHIVE_OPTION.length());
            }
        }
        if (archive == null || archive.isBlank() || vmInfo.contains("sharing") || classPath.isBlank()) {
            return Optional.empty();
        }
        Path archivePath = Path.of(archive).toAbsolutePath();
        Path folder = archivePath.getParent();
        Path classList = folder.resolve(CLASS_LIST);
        Path java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        boolean jarsOnly = List.of(classPath.split(File.pathSeparator)).stream()
                .allMatch(p -> p.endsWith(".jar") && Files.isRegularFile(Path.of(p)));
        if (!Files.isRegularFile(classList) || !Files.isWritable(folder) || !Files.isExecutable(java) || !jarsOnly) {
            return Optional.empty();
        }
        return Optional.of(new Plan(java, classList, archivePath, classPath));
    }

    /**
     * Makes the archive (a few seconds of one core) and puts it in place when a second JVM can map it.
     * Returns whether the archive was replaced; every failure is logged and leaves the old file as it was.
     */
    public static boolean run(Plan plan) {
        removeLeftovers(plan.archive());
        Path fresh = plan.archive().resolveSibling(plan.archive().getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            boolean made = succeeds(List.of(plan.java().toString(), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + plan.classList(), ARCHIVE_OPTION + fresh, "-cp", plan.classPath()));
            boolean maps = made && Files.isRegularFile(fresh) && succeeds(List.of(plan.java().toString(), "-Xshare:on",
                    ARCHIVE_OPTION + fresh, "-cp", plan.classPath(), "-version"));
            if (!maps) {
                LOG.warning("shared class archive not remade in " + plan.archive().getParent()
                        + " (the app works without it, starting more slowly)");
                return false;
            }
            Files.move(fresh, plan.archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("shared class archive remade for this place: " + plan.archive());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "shared class archive not remade in " + plan.archive().getParent(), e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException ignored) {
                // a leftover is removed by the next repair
            }
        }
    }

    private static boolean succeeds(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }

    /** Files an earlier repair left when the app was killed while it dumped. */
    private static void removeLeftovers(Path archive) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), archive.getFileName() + ".*.tmp")) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot tidy " + archive.getParent(), e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
