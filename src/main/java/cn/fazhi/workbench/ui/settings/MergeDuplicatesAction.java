package cn.fazhi.workbench.ui.settings;

import cn.fazhi.workbench.model.MergeRules;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.MergeDuplicates;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 合并重复报告…: finds the reports the workspace holds several times from before copies were recognised by
 * content (in the background), lists them with what happens to the decisions made on the copies, and merges
 * them only when the person says so ({@link MergeDuplicates}: nothing deleted, one transaction per report,
 * audited).
 */
final class MergeDuplicatesAction {
    private MergeDuplicatesAction() {
    }

    static void run(AppWiring wiring, Window owner, Consumer<String> message) {
        WorkspaceSession s = wiring.session();
        if (s == null) {
            return;
        }
        MergeDuplicates merge = new MergeDuplicates(s);
        wiring.tasks().run(tr("dedupe.task"), merge::find, groups -> {
            if (groups.isEmpty()) {
                message.accept(tr("dedupe.none"));
                return;
            }
            if (confirm(owner, groups, code -> s.catalogue().find(code).map(i -> i.nameZh()).orElse(code))) {
                wiring.tasks().run(tr("dedupe.task"), (p, c) -> merge.merge(groups, p, c),
                        out -> message.accept(tr("dedupe.done", out.merged().size(),
                                out.merged().stream().mapToInt(g -> g.copies().size()).sum(), out.refused().size())),
                        t -> Dialogs.error(owner, tr("dedupe.title"), t));
            }
        }, t -> Dialogs.error(owner, tr("dedupe.title"), t));
    }

    private static boolean confirm(Window owner, List<MergeDuplicates.Group> groups, Function<String, String> indicatorName) {
        TextArea list = new TextArea(describe(groups, indicatorName));
        list.setId("dedupe-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(760, 380);
        long copies = groups.stream().mapToInt(g -> g.copies().size()).sum();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(tr("dedupe.title"));
        a.setHeaderText(tr("dedupe.header", groups.size(), copies));
        a.getDialogPane().setContent(list);
        a.getDialogPane().setId("dedupe-confirm");
        Dialogs.wordButtons(a.getDialogPane());
        a.initOwner(owner);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** One paragraph per report: which file stays in force, which become versions, what happens to decisions. */
    static String describe(List<MergeDuplicates.Group> groups, Function<String, String> indicatorName) {
        StringBuilder b = new StringBuilder();
        for (MergeDuplicates.Group g : groups) {
            b.append(tr("dedupe.group", g.jurisdiction(), g.year(), file(g.primary()),
                    String.join("、", g.copies().stream().map(MergeDuplicatesAction::file).toList()))).append('\n');
            if (g.carried() > 0) {
                b.append("    ").append(tr("dedupe.carried", g.carried())).append('\n');
            }
            for (MergeRules.Decision d : g.kept()) {
                b.append("    ").append(tr("dedupe.kept." + d.fate().name(), d.value().reportId(),
                        indicatorName.apply(d.value().value().indicator()), tr("status." + d.value().status().id()))).append('\n');
            }
        }
        return b.toString();
    }

    private static String file(ReportSummary r) {
        return r.sourceName() + "（" + r.format().id() + "）";
    }
}
