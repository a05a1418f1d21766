package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * The words by which a report names its own jurisdiction, by the jurisdiction's level: a county says 我县, 全县, 本县,
 * 县政府, 县委; a district and a zone (开发区, 新区 end in 区) 我区, 全区…; a city or a county-level city 我市, 全市, 本市; a
 * banner 我旗, 全旗…. Words of another level name another body: a zone's report quoting 全县 or 县政府 means the county
 * that hosts it, a city's report quoting 全县 one of its counties, a county's report quoting 我市 the city above.
 * When the jurisdiction (or its level) is unknown, or the title does not name it, every level's words count, as before
 * the level was read.
 */
final class LevelWords {
    private LevelWords() {
    }

    private static final String ANY_LEVEL = "我[县区市旗州盟]|全[县区旗]|本[县区市旗]|县政府|区政府|县委|区委|全县|全区";
    private static final Pattern ANY = Pattern.compile(ANY_LEVEL);
    private static final Pattern ANY_CITY = Pattern.compile(ANY_LEVEL + "|全市");
    private static final Pattern COUNTY = ofLevel('县');
    private static final Pattern DISTRICT = ofLevel('区');
    /**
     * A district (not a zone) keeps a county's words too: one made of a county (撤县设区) still writes 全县 and 县政府 for
     * itself at times ("咸安区2022年度…：全县共调处矛盾纠纷295件"), and no rule tells that from another county. Its departments
     * are renamed at once, so a 县司法局 stays another level's ({@link #anotherLevelSpeaks}).
     */
    private static final Pattern DISTRICT_ONCE_A_COUNTY = Pattern.compile("[我全本][区县]|[区县]政府|[区县]委(?!员)");
    /**
     * A city's own words leave out 市政府 and 市委, as before the level was read: "北京市人大常委会…，其中市政府报送备案的…" names
     * the government as the one that files with the congress, and the congress still speaks.
     */
    private static final Pattern CITY = Pattern.compile("[我全本]市");
    private static final Pattern BANNER = ofLevel('旗');

    private static Pattern ofLevel(char level) {
        return Pattern.compile("[我全本]" + level + "|" + level + "政府|" + level + "委(?!员)");
    }

    /**
     * The report's level is known when its title names the jurisdiction (its name or its first two characters: 长兴经开区
     * for 长兴经济技术开发区). A jurisdiction read from the text alone may be the wrong one ("关于2024年度全县行政复议…的报告"
     * of a county whose text names only its city): its 全县 must stay its own, so every level's words count then.
     */
    static boolean levelKnown(Scope scope) {
        String name = scope.ownName();
        String title = scope.authors() == null ? null : scope.authors().title();
        return name != null && name.length() >= 2 && title != null && title.contains(name.substring(0, 2));
    }

    /** The report's level character (县, 区, 市, 旗…) when {@link #levelKnown}, else a blank. */
    static char level(Scope scope) {
        String name = scope.ownName();
        return levelKnown(scope) ? name.charAt(name.length() - 1) : ' ';
    }

    /** The pattern of the words that name the report's own jurisdiction (see the class comment). */
    static Pattern own(Scope scope) {
        char level = level(scope);
        return switch (level) {
            case '县' -> COUNTY;
            case '区' -> ZONE_NAME.matcher(scope.ownName()).find() ? DISTRICT : DISTRICT_ONCE_A_COUNTY;
            case '市' -> CITY;
            case '旗' -> BANNER;
            default -> scope.cityIsOwn() ? ANY_CITY : ANY;
        };
    }

    /** A zone's report: its name ends in a zone's word (开发区, 高新区, 新区, 园区…). */
    private static final Pattern ZONE_NAME = Pattern.compile("(开发区|高新区|经开区|园区|示范区|新区|度假区|保税区|集聚区)$");
    /**
     * 全县, 我县, 本县, 县政府, 县委 (and the same of 区 and 旗): a county's words; 县政府 and 县委 only where no place's name
     * stands right before them (长兴县政府 names its county, which the gazetteer's check reads) — "以县政府为被告" stays.
     */
    private static final Pattern COUNTY_WORDS = Pattern.compile(
            "[我全本]([县区旗])|(?<![\\u4e00-\\u9fa5&&[^以由向经对和及与被据在]])([县区旗])(?:人民)?政府|(?<![\\u4e00-\\u9fa5&&[^以由向经对和及与被据在]])([县区旗])委(?![员托派会])"
                    // "县司法局全年办理…" in a city's, a district's or a zone's report: a county's (the host's) department;
                    // "县仲裁院全年仲裁结案率97.6%" in a zone's: the county's arbitration institute (round 53)
                    // "全市政务服务中心和区镇便民服务中心" (round 86 a): 区镇 are a county-level city's zones and towns
                    + "|(?<![\\u4e00-\\u9fa5&&[^以由向经对和及与被据在]])([县区旗])(?!(?<=区)镇)[\\u4e00-\\u9fa5]{1,10}?(?:局|中心|委员会|办公室|法院|检察院|(?<=仲裁)院)");

    /** "县级", "县区级", "县（市、区）级": the counties' level of a prefecture city (not 县级以上, which takes in the city's own). */
    private static final Pattern COUNTIES_LEVEL = Pattern.compile("(?:县|县区|区县|县市区|县（市、区）|县\\(市、区\\))级(?!以上|及以上|政府以上)");

    /**
     * The last words before the figure that name a jurisdiction name one of another level than the report's own, and
     * the jurisdiction itself is not named after them: "全县行政机关负责人出庭应诉率100%" and "县政府全年共审核规范性文件56件" in a
     * zone's report are the host county's; 全县 in a city's report is one of its counties. A county's 全区 (the region
     * above it) is left to {@link Subjects#higherLevelSpeaks}; an unknown level names no other.
     */
    static boolean anotherLevelSpeaks(String beforeInSentence, Scope scope) {
        char ownLevel = level(scope);
        if ("县区市旗".indexOf(ownLevel) < 0) {
            return false;
        }
        if (ownLevel == '市' && !scope.countyLevel() && COUNTIES_LEVEL.matcher(beforeInSentence).find()) {
            return true; // "全市县级行政复议机构共受理…" in a prefecture city's report: its counties' bodies only
        }
        String words = OwnMentions.withoutWhatItIncludes(beforeInSentence);
        int end = -1;
        var m = COUNTY_WORDS.matcher(words);
        while (m.find()) {
            char level = words.charAt(m.start(1) >= 0 ? m.start(1) : m.start(2) >= 0 ? m.start(2) : m.start(3) >= 0 ? m.start(3) : m.start(4));
            boolean onceACounty = ownLevel == '区' && level == '县' && m.start(4) < 0
                    && !ZONE_NAME.matcher(scope.ownName()).find(); // a district's 全县 may be its own (above)
            if (level != ownLevel && !(level == '区' && ownLevel == '县') && !onceACounty) {
                end = m.end();
            }
        }
        return end >= 0 && !OwnMentions.ownSpeaksAfter(end, words, scope);
    }
}
