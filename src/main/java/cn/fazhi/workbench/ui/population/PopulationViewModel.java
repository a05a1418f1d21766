package cn.fazhi.workbench.ui.population;

import cn.fazhi.workbench.model.PopulationFigure;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.Populations;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 常住人口: the population figures of the workspace, their import from a table and one figure entered by
 * hand; every step in the background, its outcome (or the rows refused and why) in {@link #messageProperty()}.
 */
public final class PopulationViewModel {
    /** A figure as the list shows it: the gazetteer's name beside the code. */
    public record Row(PopulationFigure figure, String name) {
    }

    private final AppWiring wiring;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public PopulationViewModel(AppWiring wiring) {
        this.wiring = wiring;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public void load() {
        var s = wiring.session();
        if (s == null) {
            return;
        }
        wiring.tasks().run("population", (p, c) -> {
            List<Row> out = new ArrayList<>();
            for (PopulationFigure f : new Populations(s).all()) {
                out.add(new Row(f, Populations.nameOf(f.code())));
            }
            return out;
        }, rows::setAll, t -> message.set(Dialogs.explain(t)));
    }

    public void importFile(Path file) {
        var s = wiring.session();
        wiring.tasks().run("population-import", (p, c) -> new Populations(s).importFile(file), r -> {
            message.set(describe(r));
            load();
        }, t -> message.set(Dialogs.explain(t)));
    }

    /** The outcome in words: counts, then each refused row with its line and reason. */
    static String describe(Populations.ImportResult r) {
        if (r.unreadable() != null) {
            return tr("population.unreadable", tr("import.reason." + r.unreadable().name().toLowerCase(java.util.Locale.ROOT)));
        }
        StringBuilder b = new StringBuilder(tr("population.imported", r.rows(), r.stored(), r.changed(), r.problems().size()));
        if (!r.problems().isEmpty()) {
            b.append('\n').append(tr("population.refusedRows"));
            for (Populations.RowProblem p : r.problems()) {
                b.append('\n').append(words(p));
            }
        }
        return b.toString();
    }

    static String words(Populations.RowProblem p) {
        String why = tr("population.problem." + p.problem().id(), p.args().toArray());
        return p.line() > 0 ? tr("population.line", p.line(), why) : why;
    }

    public void add(String who, String year, String residents) {
        var s = wiring.session();
        wiring.tasks().run("population-set", (p, c) -> new Populations(s).set(who, year, residents), problem -> {
            message.set(problem.map(PopulationViewModel::words).orElse(tr("population.saved")));
            load();
        }, t -> message.set(Dialogs.explain(t)));
    }

    public void remove(Row row) {
        var s = wiring.session();
        wiring.tasks().run("population-remove", (p, c) -> new Populations(s).remove(row.figure().code(), row.figure().year()),
                removed -> load(), t -> message.set(Dialogs.explain(t)));
    }
}
