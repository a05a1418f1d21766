package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.CatalogueProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Use case: the indicator catalogue in force — the bundled one or a user's edited copy. */
public final class Catalogues {
    private Catalogues() {
    }

    /**
     * A catalogue file that cannot be used; the message names the indicator and field at fault (in English, for
     * the command line and the log), {@link #problem()} and {@link #args()} say it for a window to word.
     */
    public static final class InvalidCatalogueException extends Exception {
        private final CatalogueProblem problem;
        private final java.util.List<String> args;

        InvalidCatalogueException(String message, Throwable cause, CatalogueProblem problem, String... args) {
            super(message, cause);
            this.problem = problem;
            this.args = java.util.List.of(args);
        }

        InvalidCatalogueException(CatalogueLoader.CatalogueException e) {
            super(e.getMessage(), e);
            this.problem = e.problem();
            this.args = e.args();
        }

        public CatalogueProblem problem() {
            return problem;
        }

        /** The indicator, topic, field and pattern at fault, in the order the problem's words use them. */
        public java.util.List<String> args() {
            return args;
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
            throw new InvalidCatalogueException(e);
        }
    }

    /** Writes the bundled catalogue to {@code file} for the user to edit; never overwrites. */
    public static void exportBundled(Path file) throws IOException {
        Files.write(file, CatalogueLoader.bundledBytes(), java.nio.file.StandardOpenOption.CREATE_NEW);
    }

    /**
     * An indicator a person adds in the app: the phrases are plain words (matched literally) that stand
     * just before the number in reports.
     */
    public record NewIndicator(String code, String nameZh, String nameEn, String unit, boolean rate,
                               String direction, String group, String topic, java.util.List<String> phrases,
                               boolean core) {
    }

    /** The catalogue JSON with {@code spec} added, checked like any edited catalogue. */
    public static String withIndicator(String catalogueJson, NewIndicator spec) throws InvalidCatalogueException {
        try {
            // A copy a person exported and annotated may hold // comments, as the loader accepts; the rewritten
            // copy loses them (the tree keeps no comments), as an edit of the part words does.
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_COMMENTS);
            com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(catalogueJson);
            com.fasterxml.jackson.databind.node.ArrayNode list = (com.fasterxml.jackson.databind.node.ArrayNode) root.path("indicators");
            for (var existing : list) {
                if (existing.path("code").asText().equals(spec.code())) {
                    throw new InvalidCatalogueException("indicator " + spec.code() + " exists already", null,
                            CatalogueProblem.INDICATOR_EXISTS, spec.code());
                }
            }
            if (spec.phrases().stream().allMatch(String::isBlank)) {
                throw new InvalidCatalogueException("give at least one phrase that introduces the figure in reports", null,
                        CatalogueProblem.NO_PHRASES);
            }
            var o = list.addObject();
            o.put("code", spec.code().strip());
            o.put("nameZh", spec.nameZh().strip());
            o.put("nameEn", spec.nameEn() == null || spec.nameEn().isBlank() ? spec.code() : spec.nameEn().strip());
            o.put("kind", spec.rate() ? "rate" : "count");
            o.put("unit", spec.rate() ? "%" : spec.unit().strip());
            o.putArray("units").add(spec.rate() ? "%" : spec.unit().strip());
            o.put("direction", spec.direction());
            o.put("group", spec.group());
            o.put("core", spec.core());
            if (spec.topic() != null && !spec.topic().isBlank()) {
                o.put("topic", spec.topic());
            }
            var cues = o.putArray("cues");
            for (String phrase : spec.phrases()) {
                if (!phrase.isBlank()) {
                    cues.addObject().put("pattern", java.util.regex.Pattern.quote(phrase.strip())).put("weight", 1.0);
                }
            }
            o.putArray("excludes");
            String out = json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            CatalogueLoader.parse(out);
            return out;
        } catch (CatalogueLoader.CatalogueException e) {
            throw new InvalidCatalogueException(e);
        } catch (java.io.IOException | ClassCastException e) {
            throw new InvalidCatalogueException("the catalogue in force cannot be read: " + e.getMessage(), e,
                    CatalogueProblem.NOT_JSON);
        }
    }

    /**
     * Starts reading the bundled gazetteer on a background thread, so that it overlaps with loading the
     * catalogue and listing the files on a second core; {@link #extractorFor} then finds it ready (or waits).
     */
    public static void preloadGazetteer() {
        Thread t = new Thread(Gazetteer::bundled, "gazetteer-preload");
        t.setDaemon(true);
        t.start();
    }

    /** An extractor that applies {@code catalogue} with the bundled gazetteer. */
    public static ReportExtractor extractorFor(Catalogue catalogue) {
        return new ReportExtractor(catalogue, Gazetteer.bundled());
    }
}
