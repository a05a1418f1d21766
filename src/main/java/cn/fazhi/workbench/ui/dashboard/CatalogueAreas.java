package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The areas (领域) the 各地对照 screen offers as boxes. */
final class CatalogueAreas {
    private CatalogueAreas() {
    }

    /** The catalogue's areas that hold an indicator, in its order: a box for an empty area would only empty the table. */
    static Map<String, String> withIndicators(Catalogue catalogue) {
        Set<String> used = catalogue.indicators().stream().map(Indicator::group).collect(Collectors.toSet());
        Map<String, String> out = new LinkedHashMap<>();
        catalogue.groups().forEach((key, name) -> {
            if (used.contains(key)) {
                out.put(key, name);
            }
        });
        return out;
    }
}
