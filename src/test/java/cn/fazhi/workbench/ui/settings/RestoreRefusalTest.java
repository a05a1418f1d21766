package cn.fazhi.workbench.ui.settings;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the settings screen says when the chosen backup is refused (checked before anything is closed). */
class RestoreRefusalTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyBackupIsRefusedInChineseBeforeTheWorkspaceIsTouched() throws Exception {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        Path empty = Files.createFile(dir.resolve("backup.db"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceSession.verifyBackup(empty));
        String text = SettingsViewModel.refusal(new RuntimeException(e));
        assertTrue(text.contains("不是工作区备份") && text.contains("当前工作区没有任何改动"), text);
    }
}
