package cn.fazhi.workbench.ui.catalogue;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.Catalogues;

import java.util.List;
import java.util.stream.Collectors;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** 指标库's words for what the catalogue holds and for a copy it refuses. */
final class CatalogueWords {
    private CatalogueWords() {
    }

    /**
     * A refused catalogue in the window's words: what is wrong and where (indicator, topic, field, pattern),
     * never the loader's English message; any other failure as {@link Dialogs#explain}.
     */
    static String explain(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Catalogues.InvalidCatalogueException e) {
                return tr("catalogue.problem." + e.problem().id(), e.args().toArray());
            }
        }
        return Dialogs.explain(t);
    }

    /** A topic's part words as a person reads them: "二审|再审  ‖  规章（除非：规范性文件）". */
    static String partWords(List<Catalogue.PartWords> words) {
        return words.stream().map(CatalogueWords::partWords).collect(Collectors.joining("  ‖  "));
    }

    private static String partWords(Catalogue.PartWords p) {
        String text = p.unless() == null ? p.words() : tr("catalogue.partUnless", p.words(), p.unless());
        return p.inBrackets() ? tr("catalogue.partInBrackets", text) : text;
    }
}
