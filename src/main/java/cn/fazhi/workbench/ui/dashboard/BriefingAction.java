package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.WriteBriefing;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 比对 → 生成通报: the 通报 of the year on screen for the province most of the compared jurisdictions belong
 * to (a 通报 speaks for one province's office). The scorecard it is built on is made in the background, as
 * on the 报告评分 screen, where a city or other weights can be chosen.
 */
final class BriefingAction {
    private BriefingAction() {
    }

    /** The province most of the table's jurisdictions are in; null when none is known. */
    static String provinceOf(ComparisonTable t) {
        Map<String, Long> counts = t.jurisdictions().stream().map(Jurisdiction::province).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    static void chooseAndWrite(AppWiring wiring, ComparisonTable t, Window owner) {
        String province = provinceOf(t);
        if (province == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(tr("scorecard.briefing"));
        fc.setInitialFileName(tr("compare.briefingFile", t.year(), province));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word", "*.docx"));
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            write(wiring, t.year(), province, f.toPath(), owner);
        }
    }

    /** Writes the 通报 in the background and says where it went. */
    static void write(AppWiring wiring, int year, String province, Path target, Window owner) {
        var session = wiring.session();
        wiring.track(wiring.tasks().run(tr("scorecard.writingBriefing"),
                (p, c) -> new WriteBriefing(session).write(year, province, null, target, p, c).file(),
                written -> ExportDone.show(owner, written, wiring::openOnDesktop, "compare.briefingWritten"),
                e -> Dialogs.error(owner, tr("scorecard.briefingFailed"), e)));
    }
}
