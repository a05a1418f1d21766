package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/** Not the whole: the county's own level beside the towns' figure, the villages' committees, one unit speaking. */
class OneLevelOfTheWholeTest {

    @Test
    void theCountysDepartmentsBesideTheTownsAreOneLevel() {
        suggested("全年县级部门共办理行政许可事项3.6万件，乡镇便民服务中心办理1.2万件。", "licensing.handled");
        suggested("县直部门审查规范性文件26件，各乡镇审查15件。", "normative_docs.reviewed");
        suggested("区级部门全年共受理政务服务事项28.6万件，街道为民服务中心受理9.3万件。", "licensing.handled");
    }

    @Test
    void withoutTheTownsFigureOrWithBothLevelsNamedItIsTheWhole() {
        aValue("全年县级部门共办理行政许可事项3.6万件，群众满意率100%。", "licensing.handled");
        aValue("全县县级部门和乡镇共办理行政许可事项4.8万件，其中乡镇1.2万件。", "licensing.handled");
        aValue("县级行政复议机关共受理行政复议申请126件，乡镇人民政府作为被申请人的32件。", "reconsideration.accepted");
    }

    @Test
    void allTheVillagesCommitteesOfTheCountyAreStillOneKindOfMediationBody() {
        suggested("全县156个村（社区）调委会共调解矛盾纠纷1260件，调解成功率98.6%。", "mediation.disputes");
        suggested("全县156个村（社区）调委会共调解矛盾纠纷1260件，调解成功率98.6%。", "mediation.success_rate");
        suggested("全县村级调委会共调解矛盾纠纷1260件，调解成功率98.6%。", "mediation.success_rate");
        aValue("全县乡镇和村（社区）调委会共调解矛盾纠纷1260件，调解成功率98.6%。", "mediation.disputes");
        aValue("全县各级人民调解组织共调解矛盾纠纷1260件，调解成功率98.6%。", "mediation.success_rate");
    }

    @Test
    void aUnitOrDepartmentSpeakingOfItselfIsOneBody() {
        suggested("我单位全年共收到行政复议申请5件，行政诉讼3件。", "reconsideration.received");
        suggested("本部门全年共审查规范性文件6件。", "normative_docs.reviewed");
        aValue("我部门牵头全县各级调解组织共调解矛盾纠纷3260件。", "mediation.disputes");
        aValue("全县各部门全年共审查规范性文件42件。", "normative_docs.reviewed");
    }

    @Test
    void aTownsOwnBodyNamedByTheBareTownWordIsOneTown() {
        suggested("镇司法所全年共受理法律援助申请12件。", "legal_aid.cases");
        suggested("街道调委会全年共调解纠纷56件。", "mediation.disputes");
        suggested("全年镇政府未发生行政复议和行政诉讼案件，共收到行政复议申请2件。", "reconsideration.received");
        aValue("全年镇政府未发生行政诉讼案件，全县共收到行政复议申请86件。", "reconsideration.received");
        aValue("县司法局全年共受理法律援助申请126件。", "legal_aid.cases");
    }

    @Test
    void oneDepartmentsSystemAcrossTheCountyIsStillOneDepartment() {
        suggested("全县公安机关全年共调解矛盾纠纷1260件。", "mediation.disputes");
        suggested("全县市场监管系统全年共办理行政许可事项5600件。", "licensing.handled");
        suggested("全县自然资源系统全年发生行政诉讼案件28件。", "litigation.cases");
        // the department that handles the matter for the county, and all the organs together
        aValue("全县司法行政系统全年共办理法律援助案件560件。", "legal_aid.cases");
        aValue("全县行政机关负责人出庭应诉率100%。", "litigation.head_appearance_rate");
    }

    @Test
    void legalAidForOneGroupOrTakenDirectlyByTheCentreIsAPart() {
        suggested("全年为农民工提供法律援助286件。", "legal_aid.cases");
        aValue("全县共办理法律援助案件1426件，为农民工讨薪提供法律援助286件。", "legal_aid.cases");
        aValue("全年为困难群众提供法律援助1260件。", "legal_aid.cases");
        aValue("县法律援助中心全年共受理法律援助案件560件。", "legal_aid.cases");
    }
}
