package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.workflow.Catalogues;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads the catalogue a command was given (or the bundled one) and reports a broken file on stderr. */
final class CatalogueOption {
    private CatalogueOption() {
    }

    /** The catalogue, or null after printing why it cannot be used. */
    static Catalogue load(Path file, PrintWriter err) {
        try {
            return Catalogues.load(file);
        } catch (Catalogues.InvalidCatalogueException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        }
    }
}
