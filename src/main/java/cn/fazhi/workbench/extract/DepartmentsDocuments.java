package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * "同时督促市直部门清理部门规范性文件84件，废止或宣布失效19件": the departments' own normative documents are not the
 * government's — what they clean up, repeal or file is their count, even where the government urged them on (which
 * makes the government speak for them elsewhere). Read in the forty-ninth session (r205).
 */
final class DepartmentsDocuments {
    /** The departments' documents named in the figure's run of clauses: "部门规范性文件", "县直部门行政规范性文件". */
    private static final Pattern DEPARTMENTS = Pattern.compile(
            "(?<![政府和及与、其含直级各])(?:[县区市旗](?:直|级)|各)?部门(?:制定的|出台的|的)?(?:行政)?规范性文件");
    /** The figure's own clause sums the items before it. */
    private static final Pattern TOTAL = Pattern.compile("(?:共计|合计|总计|累计|共)[^，,；;。\\d]{0,8}$");

    private DepartmentsDocuments() {
    }

    /** The figure of normative documents counts the departments' own, by the words of its run of clauses. */
    static boolean counted(String topic, String beforeInSentence) {
        if (!"normative_docs".equals(topic) || beforeInSentence.indexOf("部门") < 0) {
            return false;
        }
        // the run of clauses the figure stands in: the words after the last semicolon
        String run = beforeInSentence.substring(Math.max(beforeInSentence.lastIndexOf('；'), beforeInSentence.lastIndexOf(';')) + 1);
        // "…审查27件，对部门规范性文件审查41件，共计审查68件": a total over the items before takes in the government's too
        return DEPARTMENTS.matcher(run).find() && !TOTAL.matcher(run).find();
    }
}
