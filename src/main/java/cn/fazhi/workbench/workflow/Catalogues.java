package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.Catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Use case: the indicator catalogue in force — the bundled one or a user's edited copy. */
public final class Catalogues {
    private Catalogues() {
    }

    /** A catalogue file that cannot be used; the message names the indicator and field at fault. */
    public static final class InvalidCatalogueException extends Exception {
        InvalidCatalogueException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Catalogue bundled() {
        return CatalogueLoader.bundled();
    }

    /** The bundled catalogue, or the one in {@code file} when given. */
    public static Catalogue load(Path file) throws InvalidCatalogueException {
        if (file == null) {
            return bundled();
        }
        try {
            return CatalogueLoader.load(file);
        } catch (CatalogueLoader.CatalogueException e) {
            throw new InvalidCatalogueException(e.getMessage(), e);
        }
    }

    /** Writes the bundled catalogue to {@code file} for the user to edit; never overwrites. */
    public static void exportBundled(Path file) throws IOException {
        Files.write(file, CatalogueLoader.bundledBytes(), java.nio.file.StandardOpenOption.CREATE_NEW);
    }

    /** An extractor that applies {@code catalogue} with the bundled gazetteer. */
    public static ReportExtractor extractorFor(Catalogue catalogue) {
        return new ReportExtractor(catalogue, Gazetteer.bundled());
    }
}
