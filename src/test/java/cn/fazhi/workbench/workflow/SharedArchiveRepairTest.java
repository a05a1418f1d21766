package cn.fazhi.workbench.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refused archive of a moved image is remade for its new place; an archive in use is left alone (issue 12). */
class SharedArchiveRepairTest {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void aRefusedArchiveBesideItsClassListIsRemade(@TempDir Path app) throws Exception {
        Path jar = emptyJar(app);
        Files.writeString(app.resolve(SharedArchiveRepair.CLASS_LIST), "java/lang/Object\njava/lang/String\n");
        Files.writeString(app.resolve("fazhi.jsa"), "an archive made for another folder");
        Files.writeString(app.resolve("fazhi.jsa.4242.tmp"), "left by a repair that was killed");

        var plan = SharedArchiveRepair.plan(List.of("-XX:SharedArchiveFile=" + app.resolve("fazhi.jsa")),
                "mixed mode", JAVA_HOME, jar.toString());

        assertTrue(plan.isPresent());
        assertTrue(SharedArchiveRepair.run(plan.get()));
        assertTrue(Files.size(app.resolve("fazhi.jsa")) > 100_000, "a real archive replaced the stale file");
        try (var left = Files.list(app)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void nothingIsDoneWhenTheArchiveIsInUseOrWasNotAskedFor(@TempDir Path app) throws Exception {
        Path jar = emptyJar(app);
        Files.writeString(app.resolve(SharedArchiveRepair.CLASS_LIST), "java/lang/Object\n");
        String asked = "-XX:SharedArchiveFile=" + app.resolve("fazhi.jsa");

        assertFalse(SharedArchiveRepair.plan(List.of(asked), "mixed mode, sharing", JAVA_HOME, jar.toString()).isPresent());
        assertFalse(SharedArchiveRepair.plan(List.of("-Xmx1g"), "mixed mode", JAVA_HOME, jar.toString()).isPresent());
        assertFalse(SharedArchiveRepair.plan(List.of(asked), "mixed mode", JAVA_HOME, app.toString()).isPresent(),
                "a folder on the class path cannot be archived");
        Files.delete(app.resolve(SharedArchiveRepair.CLASS_LIST));
        assertFalse(SharedArchiveRepair.plan(List.of(asked), "mixed mode", JAVA_HOME, jar.toString()).isPresent(),
                "without the image's class list there is nothing to make it from");
    }

    @Test
    void aDumpThatFailsLeavesTheOldFile(@TempDir Path app) throws Exception {
        Path jar = emptyJar(app);
        Path archive = app.resolve("fazhi.jsa");
        Files.writeString(archive, "old");
        Path notAJava = Path.of(JAVA_HOME.resolve("bin").resolve("java").toString() + "-missing");

        assertFalse(SharedArchiveRepair.run(new SharedArchiveRepair.Plan(notAJava, app.resolve("none.classlist"),
                archive, jar.toString())));
        assertEquals("old", Files.readString(archive));
    }

    private static Path emptyJar(Path folder) throws IOException {
        Path jar = folder.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
