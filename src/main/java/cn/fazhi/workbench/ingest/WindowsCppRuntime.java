package cn.fazhi.workbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Microsoft Visual C++ runtime that tess4j's {@code libtesseract541.dll} imports on Windows.
 *
 * <p>tess4j unpacks its DLLs into the temp folder, where Windows' loader does not look for their imports; a
 * workstation without the Visual C++ 2015–2022 redistributable then fails to load Tesseract. The application's
 * own Java runtime carries these DLLs in its {@code bin} folder (the Windows build checks that they are there),
 * and {@link System#loadLibrary} finds them on {@code java.library.path}, which starts with that folder. A DLL
 * already loaded into the process satisfies later imports of the same name, so loading them first is enough.
 * Decision record 0022 explains the Windows side.
 */
final class WindowsCppRuntime {
    /** In dependency order: msvcp140 imports vcruntime140. */
    static final List<String> LIBRARIES = List.of("vcruntime140", "vcruntime140_1", "msvcp140");

    private static volatile List<String> missing;

    private WindowsCppRuntime() {
    }

    /**
     * Loads the runtime once per process on Windows (elsewhere nothing) and returns the libraries that could
     * not be loaded: empty when all are in the process.
     */
    static List<String> ensureLoaded() {
        List<String> m = missing;
        if (m == null) {
            synchronized (WindowsCppRuntime.class) {
                m = missing;
                if (m == null) {
                    m = isWindows(System.getProperty("os.name", "")) ? load(System::loadLibrary) : List.of();
                    missing = m;
                }
            }
        }
        return m;
    }

    /** Loads each library with {@code loader}; returns the names it refused. */
    static List<String> load(Consumer<String> loader) {
        List<String> refused = new ArrayList<>();
        for (String name : LIBRARIES) {
            try {
                loader.accept(name);
            } catch (UnsatisfiedLinkError | SecurityException e) {
                refused.add(name + ".dll");
            }
        }
        return List.copyOf(refused);
    }

    static boolean isWindows(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("win");
    }
}
