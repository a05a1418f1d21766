package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tesseract with the Simplified Chinese model, one instance per document (initialised once, then page after
 * page). Tesseract itself comes from the system on Linux (Debian's libtesseract5, loaded by JNA) and from
 * tess4j's jar on Windows; the model ships inside the application (resources/tessdata), so nothing is
 * downloaded. Not thread-safe: each document opens its own engine.
 *
 * <p>It subclasses tess4j's {@link Tesseract} to use its protected init/setImage/dispose, so that one
 * initialisation serves every page and progress and cancel can be checked between pages.
 */
final class OcrEngine extends Tesseract implements AutoCloseable {
    static final String LANGUAGE = "chi_sim";
    private static final String MODEL = "/tessdata/" + LANGUAGE + ".traineddata";
    private static volatile Path datapath;

    private OcrEngine() {
    }

    /** Opens the engine, or fails with {@code ocr_unavailable} when Tesseract's library cannot be loaded. */
    static OcrEngine open() throws ReadException {
        List<String> runtimeMissing = WindowsCppRuntime.ensureLoaded();
        OcrEngine e = new OcrEngine();
        try {
            e.setDatapath(datapath().toString());
            e.setLanguage(LANGUAGE);
            e.setOcrEngineMode(ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
            e.setPageSegMode(ITessAPI.TessPageSegMode.PSM_AUTO);
            // keeps Tesseract from putting spaces between Chinese characters
            e.setVariable("preserve_interword_spaces", "1");
            // Tesseract's warnings ("Detected N diacritics") would go to the console of the command line
            e.setVariable("debug_file", nullDevice());
            e.init();
            // tess4j only logs a failed initialisation (e.g. an unreadable model): ask what was loaded
            String loaded = e.getHandle() == null ? null : e.getAPI().TessBaseAPIGetInitLanguagesAsString(e.getHandle());
            if (loaded == null || !loaded.contains(LANGUAGE)) {
                e.close();
                throw unavailable(null);
            }
            // again through the API: set only before init, Tesseract still printed to stderr
            e.getAPI().TessBaseAPISetVariable(e.getHandle(), "debug_file", nullDevice());
            return e;
        } catch (LinkageError | IllegalStateException err) {
            // UnsatisfiedLinkError (no libtesseract, or on Windows no C++ runtime for it) or
            // NoClassDefFoundError after a failed first load
            throw runtimeMissing.isEmpty() ? unavailable(err) : runtimeMissing(runtimeMissing, err);
        }
    }

    private static String nullDevice() {
        return WindowsCppRuntime.isWindows(System.getProperty("os.name", "")) ? "NUL" : "/dev/null";
    }

    private static ReadException runtimeMissing(List<String> libraries, Throwable cause) {
        return new ReadException(ReadError.Kind.OCR_RUNTIME_MISSING, "text recognition (OCR) is not available: "
                + "Tesseract needs the Microsoft Visual C++ runtime, and " + String.join(", ", libraries)
                + " could not be loaded", cause);
    }

    private static ReadException unavailable(Throwable cause) {
        return new ReadException(ReadError.Kind.OCR_UNAVAILABLE,
                "text recognition (OCR) is not available: the Tesseract library (libtesseract5) could not be loaded", cause);
    }

    /** Recognises one page image; {@code dpi} is the resolution it was scanned or rendered at. */
    String page(BufferedImage image, int dpi) throws ReadException {
        try {
            setImage(image);
        } catch (IOException e) {
            throw new ReadException(ReadError.Kind.CORRUPT, "a page image could not be prepared for recognition", e);
        }
        getAPI().TessBaseAPISetSourceResolution(getHandle(), dpi);
        Pointer text = getAPI().TessBaseAPIGetUTF8Text(getHandle());
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            getAPI().TessDeleteText(text);
        }
    }

    @Override
    public void close() {
        dispose();
    }

    /**
     * The folder holding the model: {@code -Dfazhi.tessdata=DIR} if given, else the shipped model copied
     * once into a folder of the temp directory named by its size (so a new model replaces an old copy).
     */
    static Path datapath() throws ReadException {
        String override = System.getProperty("fazhi.tessdata");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path p = datapath;
        if (p != null && Files.isRegularFile(p.resolve(LANGUAGE + ".traineddata"))) {
            return p;
        }
        synchronized (OcrEngine.class) {
            try (InputStream in = OcrEngine.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new ReadException(ReadError.Kind.OCR_UNAVAILABLE,
                            "text recognition (OCR) is not available: the Chinese model is missing from the application");
                }
                byte[] model = in.readAllBytes();
                Path dir = Path.of(System.getProperty("java.io.tmpdir"),
                        "fazhi-workbench-tessdata-" + System.getProperty("user.name", "user") + "-" + model.length);
                Path file = dir.resolve(LANGUAGE + ".traineddata");
                if (!Files.isRegularFile(file) || Files.size(file) != model.length) {
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, LANGUAGE, ".part");
                    Files.write(tmp, model);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                datapath = dir;
                return dir;
            } catch (IOException e) {
                throw new ReadException(ReadError.Kind.OCR_UNAVAILABLE,
                        "text recognition (OCR) is not available: its model could not be unpacked (" + e.getMessage() + ")", e);
            }
        }
    }
}
