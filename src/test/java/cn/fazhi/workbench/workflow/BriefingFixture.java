package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Crafted reports of three counties of 宜春市 for 2021 and 2022: 奉新县 complete and on time, with one
 * sentence kept word for word from its 2021 report; 万载县 late with the measures part only; 上高县 with
 * three parts, no date. The other seven counties the gazetteer lists have no report.
 */
final class BriefingFixture {
    static final String FENGXIN_2022 = """
            奉新县人民政府关于2022年度法治政府建设情况的报告
            一、主要举措和成效
            全年共收到行政复议申请21件。全县共调解各类矛盾纠纷274件，调解成功率为98.5%。全年办理法律援助案件285件。
            二、存在的不足和原因
            执法队伍力量仍然薄弱。
            三、党政主要负责人履行推进法治建设第一责任人职责情况
            县长带头学法，专题研究法治政府建设。
            四、2023年工作安排
            继续推进依法行政。
            五、其他需要报告的情况
            无。
            奉新县人民政府
            2023年3月20日
            """;
    static final String FENGXIN_2021 = """
            奉新县人民政府关于2021年度法治政府建设情况的报告
            一、主要举措和成效
            全年共收到行政复议申请18件。全县共调解各类矛盾纠纷250件，调解成功率为97.2%。全年办理法律援助案件285件。
            二、存在的问题
            基层法治力量薄弱。
            三、下一步工作打算
            继续推进依法行政。
            奉新县人民政府
            2022年3月18日
            """;
    static final String WANZAI_2022 = """
            万载县人民政府关于2022年度法治政府建设情况的报告
            一、主要举措和成效
            全年共收到行政复议申请9件。全县共调解各类矛盾纠纷120件，调解成功率为96.0%。
            万载县人民政府
            2023年5月10日
            """;
    static final String SHANGGAO_2022 = """
            上高县人民政府关于2022年度法治政府建设情况的报告
            一、工作开展情况
            全年共收到行政复议申请30件。全县共调解各类矛盾纠纷410件，调解成功率为99.1%。全年办理法律援助案件120件。
            二、存在的主要问题
            行政执法规范化水平有待提高。
            三、下一步工作打算
            持续推进依法行政。
            """;

    private BriefingFixture() {
    }

    static WorkspaceSession open(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(in.resolve("fengxin-2022.txt"), FENGXIN_2022);
        Files.writeString(in.resolve("fengxin-2021.txt"), FENGXIN_2021);
        Files.writeString(in.resolve("wanzai-2022.txt"), WANZAI_2022);
        Files.writeString(in.resolve("shanggao-2022.txt"), SHANGGAO_2022);
        WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false);
        new ImportReports(s).run(ImportReports.sources(List.of(in.toString())), ImportReports.NewVersionPolicy.KEEP_BOTH,
                ProgressListener.NONE, CancellationToken.none());
        return s;
    }
}
