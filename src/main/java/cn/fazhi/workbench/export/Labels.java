package cn.fazhi.workbench.export;

import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.ReviewStatus;

/** The words of the workbook (it is made for Chinese meetings). */
final class Labels {
    static final String SHEET_MAIN = "比对总表";
    static final String SHEET_RANK = "排名";
    static final String SHEET_YOY = "同比";
    static final String SHEET_REPORTS = "报告情况";
    static final String SHEET_EVIDENCE = "佐证";
    static final String SHEET_NOTES = "说明";
    static final String SHEET_CHART = "图表";
    static final String SHEET_SUMMARY = "摘要";
    static final String SHEET_NOT_REPORTED = "未报送";
    static final String SHEET_CITIES = "地市汇总";
    static final String SHEET_SCORECARD = "报告评分";
    static final String NOT_DISCLOSED = "未披露";
    static final String NO_REPORT = "无报告";
    static final String REJECTED = "已剔除";
    /** A per-head cell whose count is stated but whose jurisdiction has no population for the year. */
    static final String NO_POPULATION = "无人口数";
    static final String FONT = "等线";

    private Labels() {
    }

    static String direction(Direction d) {
        return switch (d) {
            case HIGHER_BETTER -> "越高越好";
            case LOWER_BETTER -> "越低越好";
            case NEUTRAL -> "不分高低";
        };
    }

    static String status(ReviewStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case EXTRACTED -> "自动提取";
            case CONFIRMED -> "已确认";
            case CORRECTED -> "已更正";
            case REJECTED -> "已剔除";
            case MANUAL -> "人工添加";
        };
    }

    static String level(JurisdictionLevel l) {
        return switch (l) {
            case PROVINCE -> "省级";
            case CITY -> "市级";
            case COUNTY -> "县";
            case DISTRICT -> "区";
            case ZONE -> "开发区";
        };
    }
}
