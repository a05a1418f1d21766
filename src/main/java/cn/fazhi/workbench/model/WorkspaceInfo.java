package cn.fazhi.workbench.model;

import java.nio.file.Path;
import java.util.Map;

/**
 * What is in a workspace.
 *
 * @param valuesByStatus number of values per review status id
 */
public record WorkspaceInfo(Path path, long fileBytes, int schemaVersion, int reports, int supersededReports,
                            int needAttention, int jurisdictions, Map<String, Integer> valuesByStatus,
                            String lastImport, boolean customCatalogue) {
}
