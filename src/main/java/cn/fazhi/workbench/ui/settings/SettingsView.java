package cn.fazhi.workbench.ui.settings;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.ui.common.Screen;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** 设置: report deadline, language, reviewer, office, workspace location, backup and restore ({@link SettingsViewModel}). */
public final class SettingsView implements Screen {
    private static final String CHINESE = "中文";
    private static final String ENGLISH = "English";

    private final SettingsViewModel vm;
    private final Stage stage;
    private final VBox root = new VBox(14);
    private final Label dedupeMessage = new Label();

    public SettingsView(AppWiring wiring, Stage stage) {
        this.vm = new SettingsViewModel(wiring);
        this.stage = stage;
        vm.onFailure((what, t) -> Dialogs.error(stage, what, t));
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(20));
        Label title = new Label(tr("settings.title"));
        title.getStyleClass().add("screen-title");

        TextField deadline = field("settings-deadline", 6, vm.deadlineProperty());
        Button saveDeadline = button("settings-save-deadline", tr("action.save"), vm::saveDeadline);
        TextField reviewer = field("settings-reviewer", 10, vm.reviewerProperty());
        reviewer.setPromptText(System.getProperty("user.name", ""));
        Button saveReviewer = button("settings-save-reviewer", tr("action.save"), vm::saveReviewer);
        TextField office = field("settings-office", 14, vm.officeProperty());
        Button saveOffice = button("settings-save-office", tr("action.save"), vm::saveOffice);

        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(CHINESE, ENGLISH);
        language.setValue(SettingsViewModel.EN.equals(vm.language()) ? ENGLISH : CHINESE);
        language.setOnAction(e -> vm.setLanguage(ENGLISH.equals(language.getValue()) ? SettingsViewModel.EN : SettingsViewModel.ZH));

        Label where = new Label();
        where.setId("settings-workspace");
        where.textProperty().bind(Bindings.createStringBinding(() ->
                wiring.workspacePathProperty().get() == null ? "" : wiring.workspacePathProperty().get().toString(),
                wiring.workspacePathProperty()));
        Button open = button("settings-open-workspace", tr("settings.openWorkspace"), this::chooseWorkspace);
        Button backup = button("settings-backup", tr("settings.backup"), this::backup);
        Button restore = button("settings-restore", tr("settings.restore"), this::restore);
        Button dedupe = button("settings-dedupe", tr("dedupe.title") + "……",
                () -> MergeDuplicatesAction.run(wiring, stage, dedupeMessage::setText));
        dedupe.setTooltip(new javafx.scene.control.Tooltip(tr("dedupe.tip")));
        Button about = button("settings-about", tr("settings.about"), this::about);
        Button population = button("settings-population", tr("population.button"),
                () -> cn.fazhi.workbench.ui.population.PopulationWindow.show(wiring, stage));

        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(12);
        g.addRow(0, new Label(tr("settings.deadline")), deadline, saveDeadline, new Label(tr("settings.deadlineHint")));
        g.addRow(1, new Label(tr("settings.language")), language);
        g.addRow(2, new Label(tr("settings.reviewer")), reviewer, saveReviewer, new Label(tr("settings.reviewerHint")));
        g.addRow(3, new Label(tr("settings.office")), office, saveOffice, new Label(tr("settings.officeHint")));
        g.addRow(4, new Label(tr("settings.workspace")), where);
        g.addRow(5, new Label(""), open, backup, new javafx.scene.layout.HBox(8, restore, dedupe));
        g.addRow(6, new Label(tr("population.title")), population, new Label(), new Label(tr("population.settingsHint")));
        g.addRow(7, new Label(tr("settings.aboutLabel")), about);
        Label message = new Label();
        message.setId("settings-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        dedupeMessage.setId("settings-dedupe-message");
        dedupeMessage.setWrapText(true);
        root.getChildren().addAll(title, g, message, dedupeMessage);
    }

    public SettingsViewModel viewModel() {
        return vm;
    }

    private static TextField field(String id, int columns, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void chooseWorkspace() {
        FileChooser fc = new FileChooser();
        fc.setTitle(tr("settings.openWorkspace"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(tr("settings.workspaceFiles"), "*.db"));
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            vm.openWorkspace(f.toPath());
        }
    }

    private void backup() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("workspace-backup-" + LocalDate.now() + ".db");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            vm.backup(f.toPath());
        }
    }

    /** The backup is checked first; only then is the person asked to confirm that the workspace in use is replaced. */
    private void restore() {
        FileChooser fc = new FileChooser();
        fc.setTitle(tr("settings.restore"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.restore(f.toPath(), this::confirmRestore, (text, t) -> Dialogs.error(stage, tr("settings.restoreRefused"), text, t));
        }
    }

    private boolean confirmRestore(Path backup, Path target) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, tr("settings.restoreConfirm", backup.toString(), target.toString()),
                ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(tr("app.title"));
        a.setHeaderText(tr("settings.restoreConfirmHeader"));
        a.initOwner(stage);
        a.getDialogPane().setId("settings-restore-confirm");
        Dialogs.wordButtons(a.getDialogPane());
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Version and the third-party licences (NOTICE), as shipped with the program. */
    private void about() {
        String notice;
        try (InputStream in = getClass().getResourceAsStream("/fazhi/NOTICE")) {
            notice = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            notice = e.getMessage();
        }
        String version = SettingsView.class.getPackage().getImplementationVersion();
        TextArea text = new TextArea(notice);
        text.setId("about-notice");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 420);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(tr("settings.about"));
        a.setHeaderText(tr("app.title") + " " + (version == null ? "" : version) + "\n" + tr("settings.aboutLicences"));
        a.getDialogPane().setContent(text);
        Dialogs.wordButtons(a.getDialogPane());
        a.initOwner(stage);
        a.show();
    }

    @Override
    public Node node() {
        return root;
    }
}
