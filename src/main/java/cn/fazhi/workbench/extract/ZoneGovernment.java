package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A development zone (经开区, 高新区, 新区…) is governed by its managing committee (管理委员会, 管委会, with the party's
 * 党工委): in the zone's own report the committee is what 政府 is in a county's. "长沙经济技术开发区管理委员会关于2024年度
 * 法治政府建设情况的报告" is the zone's report, not a department's, and "管委会法制工作机构全年审核管委会…规范性文件九件",
 * "管委会及工作部门负责人出庭应诉36件次" are the zone's own figures. In a county's or a city's report a zone's committee
 * stays a part (the zone's figures), which {@link OtherBodies} judges; so does a title whose place resolves to a county
 * ("安吉县灵峰旅游度假区管委会…": the county's jurisdiction, the zone a part of it).
 */
final class ZoneGovernment {
    private ZoneGovernment() {
    }

    /** The kinds of zone, as the gazetteer and the titles end a zone's name. */
    private static final String KINDS = "开发区|高新区|经开区|园区|示范区|新区|度假区|保税区|集聚区|实验区|试验区|合作区";
    /** The zone's own name as the gazetteer and the titles write it. */
    private static final Pattern ZONE_NAME = Pattern.compile("(" + KINDS + ")$");
    /** The committee, perhaps with the party's working committee before it. */
    private static final Pattern COMMITTEE = Pattern.compile("(党工委[、和及]?)?(管理委员会|管委会)");

    /** The jurisdiction the report is about is a development zone. */
    static boolean isZone(String ownName) {
        return ownName != null && ZONE_NAME.matcher(ownName).find();
    }

    /** The committee closing a writer's name. */
    private static final Pattern COMMITTEE_AT_END = Pattern.compile("(党工委[、和及]?)?(管理委员会|管委会)$");
    /** The short forms a zone calls itself by. */
    private static final Pattern SHORT_FORM = Pattern.compile("经开区|高新区|开发区|新区");

    /**
     * The title's writer is the zone's own committee: the committee alone, or after the zone's name or its short form
     * ("长沙经济技术开发区管理委员会", "经开区管委会"); another zone's committee is not.
     */
    static boolean ownCommitteeWrote(String author, String ownName) {
        if (author == null || !isZone(ownName)) {
            return false;
        }
        Matcher end = COMMITTEE_AT_END.matcher(author);
        if (!end.find()) {
            return false;
        }
        String place = author.substring(0, end.start());
        return place.isEmpty() || ownName.contains(place) || SHORT_FORM.matcher(place).matches();
    }

    /**
     * A park's, a town's or a street's own committee inside the zone ("光谷生物城管委会审核园区政策文件12件",
     * "光谷中心城管委会…废止本园区文件5件"): one part of the zone, not its government (r115).
     */
    private static final Pattern PARTS_COMMITTEE = Pattern.compile(
            "(园|城|港|谷|基地|片区|小镇|街道|镇|乡)(党工委[、和及]?)?(管理委员会|管委会)");

    /**
     * A body named in a zone's report that is the zone's committee or its office (管委会办公室), named bare or by the
     * zone's name or its short form, not a park's committee inside the zone and not another zone's ("吴兴高新区管委会" in
     * 长兴经济技术开发区's report).
     */
    static boolean committeeSpeaks(String bodyName, Scope scope) {
        if (!isZone(scope.ownName())) {
            return false;
        }
        String words = bodyName.replace(scope.ownName(), "");
        Matcher committee = COMMITTEE.matcher(words);
        if (!committee.find() || PARTS_COMMITTEE.matcher(words).find()) {
            return false;
        }
        String place = LEADING_PREPOSITION.matcher(words.substring(0, committee.start())).replaceFirst("");
        String own = scope.ownName();
        // a bare kind ("园区管委会"), the short form ("经开区管委会") or the zone's place name and a kind ("长兴开发区管委会")
        // name the zone's own committee; another place's zone ("吴兴高新区管委会") does not
        return !ZONE_WORD.matcher(place).find() || ZONE_WORD.matcher(place).matches() || own.contains(place)
                || place.startsWith(own.substring(0, 2));
    }

    /** A zone's kind named inside a place's name: the committee after it is that zone's. */
    private static final Pattern ZONE_WORD = Pattern.compile(KINDS);
    /** "以管委会为被告", "由管委会…": the preposition before the body is not part of its name. */
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("^[以由向对与被在经]");
}
