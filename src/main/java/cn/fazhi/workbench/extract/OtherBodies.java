package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose figure it is, when it is not the jurisdiction's: a court or another body speaking of its own caseload,
 * one department or centre, a town or street, another county named in the figure's words. {@link Subjects}
 * reads the higher levels, the legislature and the subject named above the sentence.
 */
final class OtherBodies {
    private static final Pattern OTHER_BODY = Pattern.compile(
            "(?<!府)(法院|中院|高院|检察院|检察机关|人民法庭|巡回法庭|审判庭|律师事务所|律所|公证处|仲裁委|仲裁院)|(?:该|本|两级)院(?![校系所])"
                    // "县院全年审结行政诉讼案件118件": the county's court (or procuratorate) by its short name, opening a clause
                    + "|(?<![\\u4e00-\\u9fa5])[县区]院(?![校系所落内长])");
    /** "据县法院统计，": the words after the court make it the source of the figures, not their subject. */
    private static final Pattern COURT_AS_SOURCE = Pattern.compile("[^，,；;。]{0,6}(统计|数据显示|显示|通报)[，,]");
    /** "我局", "我单位", "区公安分局", "该站", "该调解室": one department, station or room speaking of its own cases. */
    private static final Pattern ONE_DEPARTMENT = Pattern.compile(
            "[我本该](局|委|办|厅|所|站|室|庭|队|单位|部门)(?![^，,；;。]{0,6}(指导|组织|牵头|统筹))|分局|该(工作站|调解室|工作室|服务站|调委会|平台)");
    /**
     * "“和事佬”之家全年调解…", "全县15个“枫桥驿站”共化解…", "县“红枫”调解服务队…", "县诉调对接专班…", "县商会调解联合体…",
     * "县“石榴籽”调解小组…", "县信访超市…", "县法援便民联络点…":
     * one body or station named by a name that ends in none of the known body words, as the subject of the figure's own
     * clause; 各/全县各 name them all, and a body that guides or organises others is not the one that counts.
     */
    private static final Pattern NAMED_STATION = Pattern.compile(
            "(?<![各])(之家|驿站|服务队|志愿队|调解团|(?:调解|调处|化解)小组|联合体|专班|维权站|联络点|服务点|超市|调解品牌|义警[”\"’]?队伍"
                    // "人民调解员个人调解成功纠纷326件", "老杨个人调解工作室": one person's own count
                    + "|个人(?=调解|调处|化解|办理|承办))[”\"’]?"
                    + "(?![^，,；;。]{0,8}(指导|组织|牵头|统筹|[、和及与]))");
    /** "宁波市法律援助中心": in a city's text, the city-level centre only (each county has its own). */
    private static final Pattern ONE_CENTRE = Pattern.compile("[市区县]?[\\u4e00-\\u9fa5]{0,8}中心");
    /** A city's 12345 centre is the only one: the city's hotline figures are its own. */
    private static final Pattern HOTLINE_CENTRE = Pattern.compile("(12345|热线)[\\u4e00-\\u9fa5]{0,10}中心");
    /** "全镇各级调解组织", "我镇全年调处…": a town's own figures in a county's text (a town's page quoted or copied). */
    private static final Pattern WHOLE_TOWN = Pattern.compile("[全本该我](镇|乡|街道|村|社区)");
    private static final Pattern SUB_UNIT = Pattern.compile("([\\u4e00-\\u9fa5]{2,4})(镇|街道|社区|苏木)");
    /**
     * A town or a township ("城关镇：", "大安乡"), a village ("红星村") or a development zone or park ("县经济开发区",
     * "工业园区", a city's "南太湖新区") opening a clause, after at most an enumerator (二是) and a time ("全年，大安乡共调解…"): it is the
     * subject of the figures that follow. Only at a
     * clause's start, where a place is the subject; 乡 and 村 end many common words (城乡, 下乡, 各村, 农村, 村（社区）),
     * which the name may not contain.
     */
    /**
     * "，在大营镇、商酒务镇等企业集中的乡镇设立劳动争议调解工作站，全年受理…": the towns where the body set up stations,
     * not the subject of the figures after them (round 65).
     */
    private static final Pattern SET_UP_THERE = Pattern.compile(
            "(?<=[，,；;])\\s*在[^，,；;。]{1,30}?(?:设立|建立|成立|设置|组建|建成)[^，,；;。]*[，,；;]?");
    /** The sentence opens with a body of the jurisdiction's own level or its whole: the stations are that body's. */
    private static final Pattern OWN_BODY_OPENS = Pattern.compile(
            "^\\s*(?:[县区市旗][\\u4e00-\\u9fa5]{2,16}?(?:院|局|中心|委员会|办公室)|全[县区市旗]|我[县区市旗])");

    /**
     * The words without the clauses that say where the body the sentence opens with set up its stations ("县劳动人事争议
     * 仲裁院…，在大营镇、商酒务镇等…乡镇设立…工作站，全年受理…"); a sentence that opens with the town ("在大营镇设立
     * 调解室，全年调解…") keeps it, as the room's figures may follow.
     */
    private static String withoutSetUpThere(String words) {
        return OWN_BODY_OPENS.matcher(words).lookingAt() ? SET_UP_THERE.matcher(words).replaceAll("") : words;
    }

    /**
     * "在成都市法律援助案件总量同比下降3.1%的情况下，区法律援助中心全年仍受理…": a clause of the circumstances, whoever it
     * names, is no subject of the figures after it (round 72).
     */
    private static final Pattern CIRCUMSTANCES = Pattern.compile("^\\s*在[^，,；;。]{2,40}的(?:情况|背景|形势|前提)下[，,]");

    /**
     * "信访工作考核排名列镇江市第一，…": the place a ranking is among is the field, not the subject (round 91 a).
     */
    private static final Pattern RANKED_AMONG = Pattern.compile(
            "(?:列|居|位列|位居|名列|排名)[^，,；;。\\d]{0,12}?(?:第[一二三四五六七八九十\\d]{1,2}(?:名|位)?|前列|首位|前茅)");

    private static String withoutCircumstances(String words) {
        Matcher m = CIRCUMSTANCES.matcher(words);
        String without = m.lookingAt() ? "_".repeat(m.end()) + words.substring(m.end()) : words;
        return RANKED_AMONG.matcher(without).replaceAll(r -> "_".repeat(r.group().length()));
    }
    private static final Pattern PLACE_OPENS_CLAUSE = Pattern.compile(
            "(?:^|[，,；;。：:])\\s*" + Subjects.ENUMERATOR + "(?:\\d{4}年(?:度)?|全年|今年以来|年内)?[，,]?\\s*[县区市]?"
                    + "(?:([\\u4e00-\\u9fa5]{2,4}?)(?:(?:民族)?乡(?![镇村贤亲土里情愁])|镇(?![村街])|苏木(?![乡镇]))"
                    + "|([\\u4e00-\\u9fa5]{2,4}?)街道(?!办事处主任)"
                    + "|([\\u4e00-\\u9fa5]{2,3}?)村(?![（(]|级|民|务|规|居|庄|干部|两委|集体)"
                    + "|([\\u4e00-\\u9fa5]{0,6}?)(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|工业园区|产业园区|工业园|园区|新区"
                    // "灵峰旅游度假区全年调解…", "…风景名胜区", "…综合保税区": zones of another kind inside the county
                    + "|度假区|风景名胜区|风景区|保税区|产业集聚区"
                    // "未来科技城（海创园）全年办理…": a science city or park inside a district (round 52)
                    + "|科技城|科学城|科技园|产业园|创业园|软件园"
                    // "东部片区（公庄、杨村…）行政应诉案件31宗，中部片区68宗": one area of the county's towns
                    + "|片区))");
    /**
     * Not a town's, a township's or a village's name: words of many (各村, 全乡, 本镇, 所有), or a word ending in 乡,
     * 镇 or 村 (城乡, 城镇, 下乡, 返乡, 农村, 新村, 集镇, 小镇); 城关镇 is a name.
     */
    private static final Pattern NOT_A_PLACE_NAME = Pattern.compile("[各全本该每共]|所有|[城下返农新家故同乡村镇集小]$");
    private static final Pattern MANY = Pattern.compile("[各全本该每共]|所有|镇");
    /** "段村镇", "杨村镇": a town named after a village, not 农村 or 乡村 (round 71). */
    private static final Pattern TOWN_NAMED_FOR_A_VILLAGE = Pattern.compile("[\\u4e00-\\u9fa5&&[^农乡各全本该每新城山渔小]]村");
    /** A zone's own report: its zone words are itself. */
    private static final Pattern ZONE = Pattern.compile("开发区|高新区|园区|管委会|示范区|新区|度假区|风景名胜区|风景区|保税区|集聚区"
            + "|科技城|科学城|科技园|产业园|创业园|软件园");

    /** The jurisdiction's own hall with a conjunction, before the towns' halls counted with it. */
    // "全县政务服务大厅及23个乡镇便民服务中心共受理…" (round 115 c): the hall as the centre
    private static final String OWN_HALL_AND = "(?:政务服务|行政服务|市民服务|审批服务|市民)(?:中心|大厅)[和及与、]";
    /**
     * "乡镇（街道）行政机关负责人出庭应诉率": the towns' figure inside a county's text; "各乡镇", "县、乡镇两级"
     * mean them all together with the county.
     */
    private static final Pattern TOWNS_ONLY = Pattern.compile(
            // "市政务服务中心和27个乡镇（街道）便民服务中心共办理…": the towns' halls counted beside the own hall (r220)
            "(?<![各全所有、和及与县区市旗])(?<!" + OWN_HALL_AND + "(?:\\d+|[两三四五六七八九十]+)个)乡镇(?:[（(]街道[)）])?(?![、和及与两三]|[（(]街道[)）][、和及与两三]"
                    // "全县15个乡镇（街道）调委会、199个村（社区）调委会和…": the towns' committees listed beside the other
                    // levels' are every level together (round 57), whatever the bracket adds ("乡镇（开发区）调委会、",
                    // round 115 b)
                    + "|(?:[（(][^（()）]{1,6}[)）])?(?:调委会|人民调解委员会|调解组织)[、和及与])"
                    // "全年镇（街道）受理点接收法律援助申请413件": the towns and streets of a county-level city (r234); "（镇
                    // （街道）调委会调解1875件、村（居）调委会…）" lists them beside the other levels (r147)
                    + "|(?<![各全所有、和及与县区市旗个乡\\d])镇[（(]街道[)）](?![、和及与两三]|[^，,；;。]{0,16}[、和及与])"
                    // "镇街综合行政执法案卷共评查150卷": the towns and streets by their joint word (round 88 b, read)
                    // ("（按镇街）" over a table and a header's "镇街\t…" name the rows, not the figure's subject)
                    + "|(?<![各全所有、和及与县区市旗个乡按分\\d])镇街(?![\\s、和及与两三]|[^，,；;。]{0,16}[、和及与])"
                    // "全县乡镇（街道）共调解…", "全县乡镇政府行政诉讼案件…", "全区街道…": the towns of the whole county are still only the
                    // towns, unless the villages or the county's level are named beside them ("…调解组织与村（社区）调委会")
                    + "|(?<=全[县区市旗])(?:乡镇|镇街|街道|镇)(?:[（(](?:街道|镇|乡镇)[)）])?(?![^，,；;。]{0,10}[、和及与两三])"
                    // "全县乡镇（街道）层面共调解…": the towns' level of the county, without the county's own
                    + "|(?<![、和及与两三])乡镇(?:[（(]街道[)）])?(?:层面|一级)(?![、和及与])");
    /**
     * "各乡镇（街道）全年共受理…", "全县各乡镇共调处…": all the towns together are still only the towns, without the
     * county's own level; "各乡镇、各部门", "县政务服务中心和各乡镇…", "各乡镇人民政府、县政府各部门" name the county's
     * level beside them and mean the whole. "各村（社区）共办理…" is the villages' the same way.
     */
    private static final Pattern ALL_TOWNS = Pattern.compile(
            "(?<![、和及与])各(?:乡镇|镇街|镇|街道|村|社区|村居)(?:[（(](?:街道|镇街|乡镇|社区|村)[)）])?(?![^，,；;。]{0,10}[、和及与两三])");
    /**
     * "各县（市、区）共受理…", "各区县…" in a city's text: the counties together, without the city's own level, as 各乡镇
     * in a county's; "市本级和各县区", "各县区、市直部门" name the city's level beside them.
     */
    private static final Pattern ALL_COUNTIES = Pattern.compile(
            "(?<![、和及与])各(?:县市区|县区|区县|县市|县|区)(?![^，,；;。]{0,10}[、和及与两三]|[级委长])");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]{0,6}[)）]");
    /** "以城关镇为例，…": an example, one place or body out of several, is the subject of what follows. */
    private static final Pattern EXAMPLE = Pattern.compile("以[^，,；;。]{1,20}为例");
    /** "《…》" titles of documents name places without making them the subject. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("《[^《》]{0,60}》");

    /** The words with every document's title blanked (same length): "《江苏省…规定》" names a rule, no body that speaks. */
    static String withoutDocumentTitles(String words) {
        return DOCUMENT_TITLE.matcher(words).replaceAll(m -> "_".repeat(m.group().length()));
    }

    /**
     * "纳入山东省一体化政务服务平台运行", "依托浙江省政务服务网": the province's or city's platform the jurisdiction works on names
     * its owner, not the subject of the figures (round 78, r209); the platform opening the sentence is its subject
     * ("苏州市一体化政务服务平台全年办件量…，全市…", round 67 d); so does the city's hotline platform the jurisdiction's hotline
     * runs as one with.
     */
    private static final Pattern A_PLACES_PLATFORM = Pattern.compile(
            "(?<=纳入|通过|依托|接入|入驻|进驻|上线|使用|运用|借助|在)[\\u4e00-\\u9fa5&&[^全我本县区的和与及]]{1,6}?(?:省|自治区|市)"
                    + "(?=(?:一体化)?(?:在线)?(?:政务服务|网上办事|政务)(?:平台|网(?![办上])|大厅|APP|App))"
                    // "县12345…热线与咸宁市热线平台一体化运行，…": the city's hotline platform the county's runs with (r218)
                    + "|(?<=与)[\\u4e00-\\u9fa5&&[^全我本县区的和与及]]{1,6}?(?:省|自治区|市)"
                    + "(?=(?:12345)?(?:政务服务)?(?:便民)?热线(?:平台)?[^，,；;。]{0,6}(?:一体化|整合|并网|对接|融合))");

    private final NameScanner names;

    /** @param names the gazetteer's names; null: other jurisdictions are not recognised by name */
    OtherBodies(NameScanner names) {
        this.names = names;
    }

    NameScanner names() {
        return names;
    }

    /**
     * A court, procuratorate, law firm… is the last body named before the figure, and the jurisdiction not after it.
     * The arbitration commission and its tribunal (仲裁委, 仲裁院) are the jurisdiction's own body for arbitration.
     */
    static boolean otherBodySpeaks(String beforeInSentence, Scope scope, String topic) {
        Matcher body = OTHER_BODY.matcher(beforeInSentence);
        int end = -1;
        String last = null;
        while (body.find()) {
            end = body.end();
            last = body.group();
        }
        if (last != null && last.startsWith("仲裁") && Authors.owns(last, topic)) {
            return false;
        }
        if (last != null && ownMatterOpensALaterPart(beforeInSentence, end, topic)) {
            return false;
        }
        // "据县法院统计，全年以我县行政机关为被告的…": the court is only the source of the county's figure
        // a tribunal (审判庭, 人民法庭) or 检察机关 is a court or procuratorate as 法院 and 检察院 are
        boolean court = last != null && (last.endsWith("院") || last.endsWith("庭") || "检察机关".equals(last));
        return end >= 0 && !(court && !COURT_AS_SOURCE.matcher(beforeInSentence.substring(end)).lookingAt()
                ? OwnMentions.ownSpeaksAfterTheCases(end, beforeInSentence, scope)
                : OwnMentions.ownSpeaksAfter(end, beforeInSentence, scope));
    }

    /** A part of a list that opens with a matter's own name: "信访事项按期办结率", "12345热线工单办结率", "法律援助案件". */
    private static final Pattern MATTER_OPENS = Pattern.compile(
            "^\\s*(?:全[县区市旗]|我[县区市旗]|[县区市旗])?[^，,；;。\\d]{0,4}?(?:信访|12345|热线|行政复议|法律援助|政务服务|行政许可)");

    /**
     * "…；市劳动人事争议仲裁院结案率96.91%；信访事项按期办结率99.6%；12345热线工单办结率99.81%": a body named in an earlier
     * semicolon part of a list of matters does not speak for a later part that opens with the figure's own matter (round 69 a).
     */
    private static boolean ownMatterOpensALaterPart(String beforeInSentence, int bodyEnd, String topic) {
        int semicolon = Math.max(beforeInSentence.lastIndexOf('；'), beforeInSentence.lastIndexOf(';'));
        if (semicolon < bodyEnd) {
            return false;
        }
        String part = beforeInSentence.substring(semicolon + 1);
        return MATTER_OPENS.matcher(part).find() && Authors.owns(part, topic);
    }

    /** One department ("我局") or, in a city's text, one centre speaks; a city's 12345 centre is the city's own. */
    private static final Pattern ALL_KINDS = Pattern.compile("各级|各类|所有");

    /** The figure's own clause is one station's or body's named by role ("…之家", "…驿站", "…专班"). */
    /**
     * "全年各法治驿站接待群众咨询6800余人次，就地调解矛盾纠纷412件" (r254): the stations, all of them too, open the sentence as
     * the subject of the clauses after it, unless a later clause names the whole again.
     */
    private static final Pattern STATION_OPENS = Pattern.compile(
            "^\\s*(?:全年|今年以来|年内|\\d{4}年度?)?[，,]?\\s*(?:各|全[县区市旗])?[^，,；;。\\d]{0,8}?(?:驿站|之家|服务队|服务点|联络点|维权站)");
    private static final Pattern WHOLE_NAMED_AGAIN = Pattern.compile("[，,；;]\\s*(?:全[县区市旗]|我[县区市旗])");

    static boolean stationOpensTheSentence(String beforeInSentence) {
        return STATION_OPENS.matcher(beforeInSentence).lookingAt() && !WHOLE_NAMED_AGAIN.matcher(beforeInSentence).find()
                && !ALL_KINDS.matcher(beforeInSentence).find();
    }

    static boolean namedStationSpeaks(String clause) {
        // "全县各级人民调解组织和调解服务点共调解…": named beside all the organisations, the points are among the whole
        return NAMED_STATION.matcher(clause).find() && !ALL_KINDS.matcher(clause).find();
    }

    /**
     * "光谷生物城政务服务分中心办件5.2万件", "灵峰政务服务分中心…": a branch of the jurisdiction's centre is one centre among
     * several (all branches together, 各分中心 or 各乡镇分中心, are not); a district's 12345 分中心 is its hotline (r110), also
     * with the platform's name between ("12345便民服务平台惠安分中心", round 56).
     */
    private static final Pattern BRANCH = Pattern.compile(
            "(?<![、和及与])(?<!各[\\u4e00-\\u9fa5]{0,4})(?<!(?:12345|热线)[\\u4e00-\\u9fa5]{0,10})"
                    // "深化“爱山东”肥城分厅建设": the branch as the work done, not a subject (round 67)
                    + "分(?:中心|厅)(?!建设|改造|升级)");

    /** The whole jurisdiction opens a later clause: "依托“赣服通”永修分厅…，全县…网办率82.6%" (round 67, r184 read). */
    private static final Pattern WHOLE_OPENS_A_CLAUSE = Pattern.compile("[，,；;]\\s*(?:\\d{4}年|全年)?[，,]?\\s*(?:全[县区市旗]|我[县区市旗])");

    /**
     * A branch (分中心, 分厅) is the subject, unless a later clause opens with the whole jurisdiction ("依托“赣服通”永修分厅…，
     * 全县…网办率82.6%", round 67, r184 read).
     */
    private static boolean branchSpeaks(String beforeInSentence, String topic) {
        Matcher branch = BRANCH.matcher(beforeInSentence);
        int end = -1;
        while (branch.find()) {
            if (!ownLevelsHotlineBranch(topic, beforeInSentence.substring(Math.max(0, branch.start() - 1), branch.end()))
                    && !reliedOnInAnOpeningClause(beforeInSentence, branch.start(), branch.end())) {
                end = branch.end();
            }
        }
        return end >= 0 && !WHOLE_OPENS_A_CLAUSE.matcher(beforeInSentence.substring(end)).find();
    }

    private static final Pattern RELIED_ON = Pattern.compile("(?:依托|借助|依靠|利用)[^，,；;。]{0,30}$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;]");

    /**
     * "依托…“爱山东”APP邹城分厅，推动…，…网上办理率达到91.3%": a branch an opening clause relies on is the means of the work
     * after it, not the subject of a later clause's figure (r222); "依托“赣服通”南昌县分厅办理高频事项12.4万件" in the figure's
     * own clause is the channel of the count.
     */
    private static boolean reliedOnInAnOpeningClause(String words, int branchStart, int branchEnd) {
        return RELIED_ON.matcher(words.substring(Math.max(0, branchStart - 40), branchStart)).find()
                && CLAUSE_BREAK.matcher(words.substring(branchEnd)).find();
    }

    /** "县分中心": a branch named by the jurisdiction's own level word alone. */
    private static final Pattern OWN_LEVELS_BRANCH = Pattern.compile("[县区市旗]分(?:中心|厅)");

    /**
     * "2024年，县分中心共受理…工单": the hotline's branch at the jurisdiction's own level is the jurisdiction's hotline, not a
     * branch among others (round 67, r186 read); {@code name} is the branch's name as written.
     */
    static boolean ownLevelsHotlineBranch(String topic, String name) {
        return "hotline".equals(topic) && OWN_LEVELS_BRANCH.matcher(name).matches();
    }

    static boolean oneDepartmentOrCentre(String beforeInSentence, Scope scope, String topic) {
        return ONE_DEPARTMENT.matcher(beforeInSentence).find() || branchSpeaks(beforeInSentence, topic)
                || (!scope.countyLevel() && ONE_CENTRE.matcher(beforeInSentence).find()
                        && !("hotline".equals(topic) && HOTLINE_CENTRE.matcher(beforeInSentence).find()));
    }

    /**
     * A town, street, community or another jurisdiction is the figure's subject.
     *
     * @param clause           the figure's own words before it
     * @param bareRate         the figure is a rate named by its rate word alone: it belongs to the count before it
     */
    boolean subUnit(String clause, String beforeInSentence, boolean bareRate, Scope scope) {
        beforeInSentence = withoutCircumstances(beforeInSentence);
        // "全区（含托管镇）共调解…": a town inside the bracket of what the whole takes in is no subject
        // "凤城镇…承办…工单1.52万件，占全县工单总量的17.5%，办结率99.91%": the whole a share is of is no subject (round 67 b)
        // "按规定报镇江市人民政府备案17件" (round 87 a): the city a filing goes to is no town (镇江市), as it is no subject
        String withoutStations = withoutRecipients(SHARE_OF.matcher(withoutSetUpThere(beforeInSentence))
                .replaceAll(m -> "_".repeat(m.group().length())));
        return isSubUnit(withoutRecipients(OwnMentions.withoutWhatItIncludes(clause)))
                || bareRate && isSubUnit(SeveralBodies.afterTheLastOwn(withoutStations, scope))
                || placeOpensAClause(withoutStations, scope) || ShortPlaceNames.opensAClause(beforeInSentence, scope)
                || WHOLE_TOWN.matcher(beforeInSentence).find()
                // "咸宁市（含通山县）共办理…": the county inside the city's bracket is what the city's figure takes in
                || namesAnotherJurisdiction(withoutRecipients(OwnMentions.withoutWhatItIncludes(clause)), scope.ownName())
                // "纠错率11.57%（潍坊市平均为13.2%），行政诉讼败诉率…": a closed remark that counts compares, it names no
                // subject of the clauses after it (round 95 a)
                || anotherJurisdictionSpeaks(withoutRecipients(OwnMentions.withoutWhatItIncludes(
                        Remarks.withoutCountingRemarks(beforeInSentence))), scope)
                || SEVERAL_PLACES.matcher(OwnMentions.withoutWhatItIncludes(clause)).find();
    }

    /**
     * "…共评查两县案卷96卷", "三个区调解纠纷…": a few counties or districts counted together in the figure's own words —
     * others' (a cross-review partner's) or some of a city's, never the jurisdiction alone; not all of them (全市11个县,
     * 各县区) and not levels (县乡两级, 两区县委) (round 52); parks of a zone named and counted (round 53).
     */
    private static final Pattern SEVERAL_PLACES = Pattern.compile(
            "(?<![全各所辖\\d个])(?:两|三|四|五|[2-5])个?(?:县区|区县|县|区)(?![级委长直域内外])"
                    // "新能源汽车产业园、智能装备产业园两个平台…分别…": parks named in a list, then counted (round 53)
                    + "|[园区]、[^，,；;。、]{1,14}[园区](?:等)?(?:两|三|四|五|[2-5])个(?:平台|园区|片区|板块|功能区)");

    /**
     * The higher government or congress a document is filed with: "报送绍兴市人民政府备案", "向湖州市人民政府报备", a
     * city's "报送省政府备案". It receives the filing; the figure stays the filer's.
     */
    private static final Pattern FILING_RECIPIENT = Pattern.compile(
            "(?<=报送|报请|呈报|报|向)([^，,；;。、和及]{1,12}?)(?=(人民政府|政府|人大常委会|人大)[^，,；;。]{0,16}(备案|报备))");

    /**
     * "报送德州市人民政府和禹城市人民代表大会常务委员会备案" (r245): the congress a document is also filed with, named in full
     * after the government, receives it as the government does.
     */
    private static final Pattern CONGRESS_RECIPIENT = Pattern.compile(
            "(?<=[和及、])[^，,；;。、和及]{0,12}?(?:人民代表大会常务委员会|人大常委会)(?=[^，,；;。]{0,4}(?:备案|报备))");

    /**
     * "另有上诉至徐州市中级人民法院的二审案件38件": the court an appeal went to receives it, as the body a filing goes to;
     * the figures after it stay the jurisdiction's (round 84 a).
     */
    private static final Pattern APPEAL_COURT = Pattern.compile(
            "(?<=(?:上诉|起诉|诉|移送|移交)(?:至|到))[^，,；;。、和及]{1,16}?(?:(?:人民)?法院|中院)");

    /**
     * "区级承办济南市12345热线转办群众诉求工单31.6万件" (round 88's r229): the higher level's hotline that hands the tickets
     * down sends them; the tickets the jurisdiction handles stay its own, as a filing's recipient leaves the filer's.
     */
    private static final Pattern SENDING_HOTLINE = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,8}?(?:市|州|盟|省)(?=(?:12345|“12345”)[^，,；;。\\d]{0,12}(?:转办|交办|派发|转交|下派|分派))");

    /**
     * The words with the names of the bodies documents are filed with, appeals go to, or a higher hotline that sends
     * tickets, blanked out.
     */
    static String withoutRecipients(String words) {
        String withoutFilings = FILING_RECIPIENT.matcher(CONGRESS_RECIPIENT.matcher(words)
                .replaceAll(m -> "_".repeat(m.group().length()))).replaceAll(m -> "_".repeat(m.group().length()));
        String withoutSenders = SENDING_HOTLINE.matcher(withoutFilings).replaceAll(m -> "_".repeat(m.group().length()));
        String withoutTools = HIGHER_LEVELS_SYSTEM.matcher(withoutSenders).replaceAll(m -> "_".repeat(m.group().length()));
        return APPEAL_COURT.matcher(withoutTools).replaceAll(m -> "_".repeat(m.group().length()));
    }

    /**
     * "均通过江苏省规范性文件备案审查信息系统报送…备案" (r249): a province's or a city's system or platform the jurisdiction
     * works through is its tool, the place in its name no subject of the figure.
     */
    private static final Pattern HIGHER_LEVELS_SYSTEM = Pattern.compile(
            "(?<=通过|依托|利用|运用|借助|登录)[\\u4e00-\\u9fa5]{1,8}?(?:省|市|自治区)"
                    + "(?=[^，,；;。\\d]{1,20}(?:信息系统|系统|平台))");

    /**
     * A township, a village or a development zone opens a clause of the sentence before the figure, and the
     * jurisdiction is not named after it: "全年，大安乡共调解矛盾纠纷320件" is the township's, "县经济开发区办理…" the
     * zone's. A zone's own report is the zone itself.
     */
    static boolean placeOpensAClause(String beforeInSentence, Scope scope) {
        boolean zoneReport = scope.ownName() != null && ZONE.matcher(scope.ownName()).find();
        // a place in a list of parts after 其中 is one part of the whole, which the checks of parts judge
        String words = PartsOfTheWhole.withoutPartLists(beforeInSentence);
        Matcher m = PLACE_OPENS_CLAUSE.matcher(words);
        int end = -1;
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(3); // a town's, a township's or a village's
            boolean place;
            if (name != null) {
                place = !NOT_A_PLACE_NAME.matcher(name).find() || TOWN_NAMED_FOR_A_VILLAGE.matcher(name).matches();
            } else if (m.group(2) != null) {
                place = !MANY.matcher(m.group(2)).find(); // 东城街道: a street office's name may end in 城
            } else {
                place = !zoneReport && !HeadingSubjects.notAZoneName(m.group(4));
            }
            if (place) {
                end = m.end();
            }
        }
        return end >= 0 && !OwnMentions.ownSpeaksAfter(end, words, scope);
    }

    /**
     * The sentence gives an example of another place or body ("以城关镇为例，全年调解…"), and the jurisdiction is not
     * named after it.
     */
    static boolean anExample(String beforeInSentence, Scope scope) {
        Matcher m = EXAMPLE.matcher(beforeInSentence);
        int end = -1;
        while (m.find()) {
            end = OwnMentions.ownNamed(m.group(), scope) ? -1 : m.end(); // "以我县为例": the jurisdiction itself
        }
        return end >= 0 && !OwnMentions.ownSpeaksAfter(end, beforeInSentence, scope);
    }

    /** A clause's start, with the year's words that may open it ("全年，", "2024年"). */
    private static final String A_CLAUSE_WITH_ITS_YEAR = "(?:^|[，,；;。：:])\\s*(?:\\d{4}年(?:度)?[，,]?|全年[，,]?|今年以来[，,]?)?\\s*";

    /**
     * "镇司法所全年共受理…", "全年镇政府共收到…", "街道调委会全年共调解…": a clause opening with a town's body named by the
     * bare 镇, 乡 or 街道 (no town's name: the page is that town's own) speaks of one town, in a county's text; the towns'
     * centres or offices counted together ("全县10个镇（街道）综治中心") speak of the towns.
     */
    private static final Pattern A_TOWNS_OWN_BODY = Pattern.compile(
            A_CLAUSE_WITH_ITS_YEAR + "(?:镇|乡|街道)(?:党委|党工委|政府|人民政府"
                    + "|司法所|调委会|人民调解委员会|综治中心|便民服务中心|为民服务中心|办事处|派出所|法庭)"
                    // "全县10个镇（街道）综治中心全年受理各类矛盾纠纷2215件": the towns' own centres or offices counted
                    // together open the clause — the towns' figure, not the county's (r262); their mediation committees
                    // are left to the rules of the levels listed together
                    + "|" + A_CLAUSE_WITH_ITS_YEAR + "(?:全[县区市旗])?(?:\\d+|[两三四五六七八九十]+)个"
                    + "(?:乡镇|镇街|镇|乡|街道)(?:[（(](?:街道|镇|乡镇|镇街)[)）])?"
                    + "(?:综治中心|便民服务中心|为民服务中心|司法所|派出所|法庭)(?![、和及与])");

    private static final Pattern COUNTY_NAMED = Pattern.compile("全[县区市旗]|[县区市旗](政府|人民政府|级|直|本级|委)");

    /**
     * "全年镇政府未发生…，共收到行政复议申请2件": a town's body opening the sentence is the subject of its later
     * clauses too, until one names the county; so are the villages ({@link Villages#openTheSentence}).
     */
    static boolean townsBodyOpensTheSentence(String beforeInSentence) {
        Matcher m = A_TOWNS_OWN_BODY.matcher(beforeInSentence);
        if (m.lookingAt() && !COUNTY_NAMED.matcher(beforeInSentence.substring(m.end())).find()) {
            return true;
        }
        return Villages.openTheSentence(beforeInSentence, COUNTY_NAMED);
    }

    /**
     * "水头镇、官桥镇、石井镇作为全市矛盾纠纷高发区域，", "市政务服务中心作为全市办件量最大的综合服务窗口，": a town, or a
     * hall or centre described as the biggest or one of the jurisdiction's many, opening the sentence with its role in the
     * whole — the 全市 of that role is no subject of its own (round 73 a, round 74 a).
     */
    private static final Pattern ROLE_IN_THE_WHOLE = Pattern.compile(
            "^\\s*(?:\\d{4}年(?:度)?[，,]?|全年[，,]?)?\\s*([^，,；;。全我本]{2,30}?)作为(?:全[县区市旗]|我[县区市旗]|本[县区市旗])([^，,；;。]{0,30})[，,]");
    private static final Pattern TOWN_WORD = Pattern.compile("(?:镇|乡|街道|苏木)(?:[、和及与，]|$)");
    private static final Pattern HALL_OR_CENTRE = Pattern.compile("中心|大厅|窗口|服务站|分厅");
    // "鲖城镇便民服务中心作为全县首批标准化建设试点，" (round 79 c)
    private static final Pattern ONE_OF_MANY = Pattern.compile("最大|之一|最多|最高|重点|高发|主要|前列|龙头|示范|首批|试点|标杆|样板");

    static boolean oneAmongTheWholesRole(String beforeInSentence) {
        Matcher m = ROLE_IN_THE_WHOLE.matcher(beforeInSentence);
        if (!m.lookingAt()) {
            return false;
        }
        String who = m.group(1);
        return TOWN_WORD.matcher(who).find()
                || HALL_OR_CENTRE.matcher(who).find() && ONE_OF_MANY.matcher(m.group(2)).find();
    }

    /**
     * "市联合调解中心", "县人民调解中心", "区矛盾纠纷调处化解中心", "全市矛盾纠纷调处化解中心" (round 87 a), "县级“一站式”矛盾
     * 纠纷调解中心" (a quoted word in its name, round 104 c): one mediation centre opening the sentence — 全市 before the
     * centre's name is the level it serves, not all of the centres (各).
     */
    private static final Pattern A_MEDIATION_CENTRE_OPENS = Pattern.compile(
            "^\\s*(?:\\d{4}年(?:度)?[，,]?|全年[，,]?)?\\s*(?:全(?=[县区市旗]))?[县区市旗]?(?:[\\u4e00-\\u9fa5&&[^全各建设有共]]|[“\"][\\u4e00-\\u9fa5]{1,6}[”\"]){0,8}(?:调解|调处|化解)[\\u4e00-\\u9fa5]{0,4}中心(?!等)");

    /**
     * "市联合调解中心全年接待来访群众3120人次，受理矛盾纠纷1286件，调解成功1203件" (round 74): one mediation centre opening
     * the sentence is the subject of its later clauses too, until one names the whole jurisdiction — as it is of its own
     * first clause (县人民调解中心受理纠纷860件).
     */
    static boolean mediationCentreOpensTheSentence(String beforeInSentence) {
        Matcher m = A_MEDIATION_CENTRE_OPENS.matcher(beforeInSentence);
        return m.lookingAt() && !COUNTY_NAMED.matcher(beforeInSentence.substring(m.end())).find()
                && !beforeInSentence.substring(m.end()).contains("我");
    }

    /**
     * "城区5个街道共调解纠纷2410件", "金牛镇、宾居镇、州城镇3个重点镇共调解…", "罗阳街道…等4个镇（街道）", "山区乡镇": a
     * number of towns or streets, fewer than all of them, counted as a subtotal; "全县16个乡镇" and "所辖12个镇街" are
     * all of them. A number of departments ("抽查5个部门60份案卷", "36个行政执法部门评查案卷") is how many took part.
     */
    private static final Pattern SOME_TOWNS = Pattern.compile(
            // "评查38个市直执法部门和14个镇（街道）…案卷": towns listed beside the departments are every level (round 62)
            // "市民服务中心及21个镇（街）便民服务中心共办理…": the towns' halls beside the jurisdiction's own hall (round 80 a)
            "(?<!(?:部门|单位)[和及与、]|" + OWN_HALL_AND + ")(?<!\\d)(?:(?:\\d+|[两三四五六七八九十]+)个|[两三四五六七八九十]+(?=镇|乡镇|街道))(?:重点|中心|城区|山区|边远|偏远|试点)?"
                    + "(?:乡镇|镇街|镇|乡|街道|苏木镇|苏木|片区)"
                    // "山区乡镇", "东部乡镇": the towns of one part of the county
                    + "|(?:山区|边远|偏远|城郊|平原|沿江|沿海|库区|牧区|[东南西北]部)(?:乡镇|镇街|镇|街道|苏木镇)"
                    + "(?![^，,；;。]{0,2}(?:司法所|派出所|法庭))");
    private static final Pattern ALL_OF_THEM = Pattern.compile("全[县区市旗州盟]|所辖|辖区|全部|所有|辖");
    /** A number of towns or streets that are not all of the jurisdiction's counts the figure. */
    static boolean someTowns(String clause) {
        Matcher m = SOME_TOWNS.matcher(clause);
        return m.find() && !ALL_OF_THEM.matcher(clause.substring(0, m.start())).find();
    }

    /** "乡镇（街道）…出庭应诉率", "各乡镇共调处…", "城区5个街道共调解…", "镇司法所…" in a county's text: the towns' figure. */
    static boolean townsOnly(String clause) {
        return TOWNS_ONLY.matcher(clause).find() || ALL_TOWNS.matcher(clause).find() || someTowns(clause)
                || A_TOWNS_OWN_BODY.matcher(clause).find() || Villages.named(clause);
    }

    /** "各乡镇法治建设情况", "各乡镇（街道）积极…": all the towns open a heading or the sentence before. */
    static boolean allTownsOpen(String words) {
        return ALL_TOWNS.matcher(words).lookingAt();
    }

    /** "各县（市、区）共受理…" in a city's text: the counties' figure. */
    static boolean countiesOnly(String clause, Scope scope) {
        return !scope.countyLevel() && ALL_COUNTIES.matcher(BRACKETED.matcher(clause).replaceAll("")).find();
    }

    /**
     * "各县（市、区）共受理…", "各区县…" where the report is a county's or of unknown level: the counties of a city
     * (the city above the county, or a city the gazetteer does not know), never the county's own whole. 各县直 and
     * 各县级 are the county's own departments; a lone 各区 may be 各区域.
     */
    private static final Pattern COUNTIES_OF_A_CITY = Pattern.compile(
            "(?<![、和及与])各(?:县市区|县区|区县|县市|县)(?![^，,；;。]{0,10}[、和及与两三]|[级委长直属城域])");

    static boolean countiesOfACity(String clause, Scope scope) {
        return scope.countyLevel() && COUNTIES_OF_A_CITY.matcher(BRACKETED.matcher(clause).replaceAll("")).find();
    }

    private static final Pattern TO_BEFORE = Pattern.compile("(向|报|报送|报请)$");
    private static final Pattern FILED_AFTER = Pattern.compile("^[^，,；;。]{0,16}(备案|报备)");

    /**
     * "全年向金华市政府和市人大常委会报备规范性文件14件", "报台州市政府备案…11件": the city named after 向/报 receives the
     * county's filings; it is not who files them.
     */
    private static boolean receivesTheFiling(String words, NameScanner.Hit hit) {
        return TO_BEFORE.matcher(words.substring(0, hit.start())).find()
                && FILED_AFTER.matcher(words.substring(hit.end())).find();
    }

    /**
     * "红河州", "凉山州", "黔东南州": the short name an autonomous prefecture is written by, as its own name is (the
     * other short forms, 湖州, 新疆, stay evidence for a parent only).
     */
    private static boolean prefectureShortName(NameScanner.Hit hit) {
        return hit.shortForm() && hit.name().length() >= 3 && hit.name().endsWith("州");
    }

    /**
     * "温州全市", "广西全区", "湖州全市": a place's short name right before 全 and a level is that place's whole (the short
     * name alone stays no evidence: 温州 may be a word of another name).
     */
    private static final Pattern WHOLE_OF_IT = Pattern.compile("全[省市县区州盟旗]"
            // "长沙12345热线全年受理…": the place's short name before the hotline's number is its hotline (round 75 a)
            + "|12345(?=[\\u4e00-\\u9fa5]{0,6}热线)");

    /** A county, district, city or zone other than the report's own named in the number's words. */
    private boolean namesAnotherJurisdiction(String before, String ownName) {
        if (names == null || ownName == null) {
            return false;
        }
        boolean other = false;
        for (NameScanner.Hit hit : names.scan(before)) {
            if (hit.shortForm() && !prefectureShortName(hit) || hit.name().length() <= 2 && !oneCharCountyAsSubject(before, hit)
                    || receivesTheFiling(before, hit)) {
                continue;
            }
            if (hit.name().equals(ownName) || ownName.contains(hit.name()) || hit.name().contains(ownName)) {
                return false;
            }
            other = true;
        }
        return other;
    }

    /**
     * "息县2024年共收到…", "，沛县全年…": a county of one character before 县 is a subject only where it opens a clause and
     * its year, total or government follows — elsewhere such names are words (管理县直部门, 乡镇和县直单位) (round 77).
     */
    private static final Pattern ONE_CHAR_COUNTY_AS_SUBJECT = Pattern.compile(
            "^(?:\\d{4}年|全年|今年|共|全县|县委|县政府|人民政府)");
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?:^|[，,；;。：:（(]|与|同|据)\\s*$");

    private static boolean oneCharCountyAsSubject(String before, NameScanner.Hit hit) {
        return hit.name().length() == 2 && hit.name().endsWith("县")
                && CLAUSE_OPENING.matcher(before.substring(0, hit.start())).find()
                && ONE_CHAR_COUNTY_AS_SUBJECT.matcher(before.substring(hit.end())).find();
    }

    /** "占遵义市办件总量的11.2%": the whole a share is of, not the subject of the figures (round 65). */
    private static final Pattern SHARE_OF = Pattern.compile("(?:约占|占)[^，,；;。\\d]{1,20}?的(?=\\s*[\\d.]+\\s*%)");
    /**
     * "按照徐州市统一部署，共清理规范性文件188件": the place whose instruction the work followed is not the one that did it
     * (round 65).
     */
    private static final Pattern INSTRUCTED_BY = Pattern.compile(
            "(?:按照|根据|依照|遵照|落实)[^，,；;。]{1,20}?(?:统一)?(?:部署|要求|安排|指示|通知)");

    /**
     * "比梅州市下达的98%考核目标高1.65个百分点", "高于揭阳市平均水平": the place a figure is compared with is not the one that
     * did the work (round 73 a).
     */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?:比|较|高于|低于|优于|超过|超出)(?=[\\u4e00-\\u9fa5]{2,8}?(?:自治州|市|州|省|盟))[^，,；;。\\d]{2,16}");

    /**
     * The last place named before the figure in its sentence is another county, city or province, and the
     * jurisdiction itself is not named after it: the subject written in an earlier clause covers this figure.
     */
    private boolean anotherJurisdictionSpeaks(String beforeInSentence, Scope scope) {
        String ownName = scope.ownName();
        if (names == null || ownName == null) {
            return false;
        }
        String words = withoutDocumentTitles(beforeInSentence);
        words = A_PLACES_PLATFORM.matcher(words).replaceAll(m -> "_".repeat(m.group().length()));
        words = INSTRUCTED_BY.matcher(words).replaceAll(m -> "_".repeat(m.group().length()));
        words = SHARE_OF.matcher(words).replaceAll(m -> "_".repeat(m.group().length()));
        words = COMPARED_WITH.matcher(words).replaceAll(m -> "_".repeat(m.group().length()));
        NameScanner.Hit last = null;
        int end = -1;
        for (NameScanner.Hit hit : names.scan(words)) {
            Matcher itsWhole = WHOLE_OF_IT.matcher(words).region(hit.end(), words.length());
            boolean whole = hit.shortForm() && itsWhole.lookingAt();
            if ((!hit.shortForm() || prefectureShortName(hit) || whole)
                    && (hit.name().length() > 2 || whole || oneCharCountyAsSubject(words, hit))
                    && !receivesTheFiling(words, hit)) {
                last = hit;
                end = whole ? itsWhole.end() : hit.end(); // "温州全市": its 全市 is the place's, not the report's own
            }
        }
        if (last == null || last.name().equals(ownName) || ownName.contains(last.name()) || last.name().contains(ownName)) {
            return false;
        }
        return !OwnMentions.ownSpeaksAfter(end, words, scope);
    }

    /**
     * Loose text that turns back with 该县 (该区, 该市) to the place it named last before the figure's sentence,
     * another county than its own: "德清县司法局日前召开年度工作总结会。2023年，该县共调解…" is 德清县's.
     *
     * @param textBefore the passage's words before the figure's sentence
     */
    boolean turnsBackToAnother(String textBefore, String beforeInSentence, Scope scope) {
        String own = scope.ownName();
        if (scope.insideReport() || own == null || own.length() < 2
                || !beforeInSentence.contains("该" + own.charAt(own.length() - 1))) {
            return false;
        }
        return anotherJurisdictionSpeaks(textBefore + beforeInSentence, scope);
    }

    /**
     * Where a news item got its figures: "记者从德清县司法局获悉", "据德清县统计局统计", or the outlet that reports them
     * ("德清县融媒体中心报道，", "湖州日报讯"), whose 全县 is its own county.
     */
    private static final Pattern NEWS_SOURCE = Pattern.compile(
            "(?:从|据)([^，,。；;]{2,24}?)(?:获悉|了解到|得知|统计|介绍|消息|公布)"
                    + "|(?<=^|[，,\\s日])([^，,。；;\\s]{2,20}?" + Datelines.OUTLET + ")" + Datelines.OUTLET_REPORTS);

    /**
     * Loose text that got its figures from another county's body ("记者从德清县司法局获悉，去年全县共…"): its 全县 is
     * that county, unless the jurisdiction itself is named after the source (安吉县, 我县, 本县).
     */
    boolean toldByAnother(String beforeInSentence, Scope scope) {
        String own = scope.ownName();
        if (scope.insideReport() || names == null || own == null || own.length() < 2) {
            return false;
        }
        Matcher m = NEWS_SOURCE.matcher(beforeInSentence);
        while (m.find()) {
            boolean another = false;
            for (NameScanner.Hit hit : names.scan(m.group(1) != null ? m.group(1) : m.group(2))) {
                if (!hit.shortForm() && hit.name().length() > 2 && !hit.name().equals(own)
                        && !own.contains(hit.name()) && !hit.name().contains(own)) {
                    another = true;
                }
            }
            String after = beforeInSentence.substring(m.end());
            char level = own.charAt(own.length() - 1);
            if (another && !after.contains(own) && !after.contains("我" + level) && !after.contains("本" + level)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubUnit(String before) {
        Matcher m = SUB_UNIT.matcher(before);
        while (m.find()) {
            String name = m.group(1);
            // "…执法部门和镇（街道）…案卷": the towns listed beside the county's level are both levels, not one town (round 53)
            if (!name.contains("各") && !name.contains("全") && !name.endsWith("乡") && !name.contains("所有")
                    && !name.contains("城乡") && (!name.contains("村") || TOWN_NAMED_FOR_A_VILLAGE.matcher(name).matches())
                    && !name.matches(".*[和及与、]")
                    // "政务服务中心和区镇便民服务中心" (round 86 a): 区镇 after a conjunction or 各 are a county-level city's
                    // zones and towns together, not one town named …区
                    && !name.matches(".*[和及与、各]区")) {
                return true;
            }
        }
        return false;
    }
}
