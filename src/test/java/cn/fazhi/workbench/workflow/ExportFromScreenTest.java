package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.Selection;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window exports the comparison on screen; the workbook names the office kept in the workspace. */
class ExportFromScreenTest {
    @TempDir
    Path dir;

    @Test
    void theComparisonOnScreenIsExportedUnderTheWorkspacesOffice() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), true)) {
            ExportComparison.setOffice(s, "  县司法局法治督察科 ");
            var table = new BuildComparison(s).build(Selection.ofYear(2022));
            Path out = new ExportComparison().export(s, table, "比对", false, null, dir.resolve("screen.xlsx"));
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertEquals("县司法局法治督察科", wb.getProperties().getCoreProperties().getCreator());
            }
        }
    }
}
