package cn.fazhi.workbench.ui.settings;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.BuildComparison;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** 设置: report deadline, language, workspace location, backup and restore. */
public final class SettingsView {
    private final AppWiring wiring;
    private final Stage stage;
    private final VBox root = new VBox(14);
    private final Label message = new Label();
    private final TextField deadline = new TextField();

    public SettingsView(AppWiring wiring, Stage stage) {
        this.wiring = wiring;
        this.stage = stage;
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(20));
        Label title = new Label(tr("settings.title"));
        title.getStyleClass().add("screen-title");

        deadline.setId("settings-deadline");
        deadline.setPrefColumnCount(6);
        Button saveDeadline = new Button(tr("action.save"));
        saveDeadline.setId("settings-save-deadline");
        saveDeadline.setOnAction(e -> saveDeadline());

        TextField reviewer = new TextField(wiring.prefs().get("reviewer", ""));
        reviewer.setId("settings-reviewer");
        reviewer.setPromptText(System.getProperty("user.name", ""));
        reviewer.setPrefColumnCount(10);
        Button saveReviewer = new Button(tr("action.save"));
        saveReviewer.setId("settings-save-reviewer");
        saveReviewer.setOnAction(e -> {
            String name = reviewer.getText().strip();
            wiring.prefs().put("reviewer", name);
            if (wiring.session() != null) {
                wiring.session().reviewer(name);
            }
            message.setText(tr("settings.reviewerSaved", wiring.session() == null ? name : wiring.session().reviewer()));
        });

        TextField office = new TextField();
        office.setId("settings-office");
        office.setPrefColumnCount(14);
        Button saveOffice = new Button(tr("action.save"));
        saveOffice.setId("settings-save-office");
        saveOffice.setOnAction(e -> saveOffice(office.getText()));
        wiring.sessionProperty().addListener((o, a, s) -> loadOffice(office));
        loadOffice(office);

        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll("中文", "English");
        language.setValue("en".equals(wiring.prefs().get("language", "zh")) ? "English" : "中文");
        language.setOnAction(e -> {
            wiring.prefs().put("language", "English".equals(language.getValue()) ? "en" : "zh");
            message.setText(tr("settings.languageRestart"));
        });

        Label where = new Label();
        where.setId("settings-workspace");
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                wiring.workspacePathProperty().get() == null ? "" : wiring.workspacePathProperty().get().toString(),
                wiring.workspacePathProperty()));
        Button open = new Button(tr("settings.openWorkspace"));
        open.setId("settings-open-workspace");
        open.setOnAction(e -> chooseWorkspace());
        Button backup = new Button(tr("settings.backup"));
        backup.setId("settings-backup");
        backup.setOnAction(e -> backup());
        Button restore = new Button(tr("settings.restore"));
        restore.setId("settings-restore");
        restore.setOnAction(e -> restore());

        Button about = new Button(tr("settings.about"));
        about.setId("settings-about");
        about.setOnAction(e -> about());

        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(12);
        g.addRow(0, new Label(tr("settings.deadline")), deadline, saveDeadline, new Label(tr("settings.deadlineHint")));
        g.addRow(1, new Label(tr("settings.language")), language);
        g.addRow(2, new Label(tr("settings.reviewer")), reviewer, saveReviewer, new Label(tr("settings.reviewerHint")));
        g.addRow(3, new Label(tr("settings.office")), office, saveOffice, new Label(tr("settings.officeHint")));
        g.addRow(4, new Label(tr("settings.workspace")), where);
        g.addRow(5, new Label(""), open, backup, restore);
        g.addRow(6, new Label(tr("settings.aboutLabel")), about);
        message.setId("settings-message");
        message.setWrapText(true);
        root.getChildren().addAll(title, g, message);
        wiring.sessionProperty().addListener((o, a, s) -> loadDeadline());
        loadDeadline();
    }

    /** The office named on exported workbooks (制表单位) is the workspace's, shared by everyone who opens it. */
    private void loadOffice(TextField field) {
        WorkspaceSession s = wiring.session();
        if (s == null) {
            return;
        }
        wiring.tasks().run("office", (p, c) -> cn.fazhi.workbench.workflow.ExportComparison.office(s), field::setText,
                t -> message.setText(cn.fazhi.workbench.ui.common.Dialogs.explain(t)));
    }

    private void saveOffice(String name) {
        WorkspaceSession s = wiring.session();
        if (s == null) {
            return;
        }
        wiring.tasks().run("office", (p, c) -> {
            cn.fazhi.workbench.workflow.ExportComparison.setOffice(s, name);
            return name.strip();
        }, saved -> message.setText(tr("settings.officeSaved", saved)),
                t -> message.setText(cn.fazhi.workbench.ui.common.Dialogs.explain(t)));
    }

    private void loadDeadline() {
        WorkspaceSession s = wiring.session();
        if (s == null) {
            return;
        }
        wiring.tasks().run("deadline", (p, c) -> new BuildComparison(s).deadline(),
                d -> deadline.setText(String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth())), t -> { });
    }

    private void saveDeadline() {
        WorkspaceSession s = wiring.session();
        MonthDay d;
        try {
            d = MonthDay.parse("--" + deadline.getText().strip());
        } catch (DateTimeParseException e) {
            message.setText(tr("settings.deadlineBad"));
            return;
        }
        wiring.tasks().run("deadline", (p, c) -> {
            new BuildComparison(s).setDeadline(d);
            return d;
        }, x -> message.setText(tr("settings.deadlineSaved", d.getMonthValue(), d.getDayOfMonth())),
                t -> Dialogs.error(stage, tr("settings.deadline"), t));
    }

    private void chooseWorkspace() {
        FileChooser fc = new FileChooser();
        fc.setTitle(tr("settings.openWorkspace"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(tr("settings.workspaceFiles"), "*.db"));
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            wiring.openWorkspace(f.toPath());
        }
    }

    private void backup() {
        WorkspaceSession s = wiring.session();
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("workspace-backup-" + java.time.LocalDate.now() + ".db");
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        wiring.tasks().run(tr("settings.backup"), (p, c) -> {
            java.nio.file.Files.deleteIfExists(f.toPath());
            s.backup(f.toPath());
            return f.toPath();
        }, path -> message.setText(tr("settings.backedUp", path.toString())),
                t -> Dialogs.error(stage, tr("settings.backup"), t));
    }

    /**
     * Restore: the backup is checked first (while the workspace stays open), then the person confirms that
     * the workspace in use is to be replaced; only then is it closed and replaced (and kept beside it).
     */
    private void restore() {
        WorkspaceSession s = wiring.session();
        FileChooser fc = new FileChooser();
        fc.setTitle(tr("settings.restore"));
        File f = fc.showOpenDialog(stage);
        if (f == null || s == null) {
            return;
        }
        Path target = s.path();
        wiring.tasks().run(tr("settings.restore"), (p, c) -> {
            WorkspaceSession.verifyBackup(f.toPath());
            return f.toPath();
        }, backup -> {
            if (confirmRestore(backup, target)) {
                replaceWith(backup, target);
            }
        }, t -> Dialogs.error(stage, tr("settings.restoreRefused"), refusal(t), t));
    }

    /** Why a file cannot be restored, in the window's language: the backup is refused, the workspace untouched. */
    static String refusal(Throwable t) {
        Throwable e = t;
        while (e != null && !(e instanceof WorkspaceException)) {
            e = e.getCause();
        }
        if (e instanceof WorkspaceException w) {
            return switch (w.kind()) {
                case NOT_A_WORKSPACE, CORRUPT, NEWER_VERSION, NOT_FOUND -> tr("settings.restoreBad." + w.kind().id());
                default -> Dialogs.explain(t);
            };
        }
        return Dialogs.explain(t);
    }

    private boolean confirmRestore(Path backup, Path target) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, tr("settings.restoreConfirm", backup.toString(), target.toString()),
                ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(tr("app.title"));
        a.setHeaderText(tr("settings.restoreConfirmHeader"));
        a.initOwner(stage);
        a.getDialogPane().setId("settings-restore-confirm");
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void replaceWith(Path backup, Path target) {
        WorkspaceSession s = wiring.session();
        wiring.tasks().run(tr("settings.restore"), (p, c) -> {
            if (s != null) {
                s.close();
            }
            return WorkspaceSession.restore(backup, target);
        }, kept -> {
            message.setText(tr("settings.restored", kept == null ? "-" : kept.toString()));
            wiring.openWorkspace(target);
        }, t -> {
            Dialogs.error(stage, tr("settings.restoreRefused"), t);
            wiring.openWorkspace(target);
        });
    }

    /** Version and the third-party licences (NOTICE), as shipped with the program. */
    private void about() {
        String notice;
        try (var in = getClass().getResourceAsStream("/fazhi/NOTICE")) {
            notice = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            notice = e.getMessage();
        }
        String version = SettingsView.class.getPackage().getImplementationVersion();
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(notice);
        text.setId("about-notice");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 420);
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        a.setTitle(tr("settings.about"));
        a.setHeaderText(tr("app.title") + " " + (version == null ? "" : version) + "\n" + tr("settings.aboutLicences"));
        a.getDialogPane().setContent(text);
        a.initOwner(stage);
        a.show();
    }

    public Node node() {
        return root;
    }
}
