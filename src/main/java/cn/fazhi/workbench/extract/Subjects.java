package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose figure it is, judged over the whole sentence before the number: the last subject named wins, so
 * "全省共调解…，我县调解…" gives the county's figure to the second number and the province's to the first.
 */
final class Subjects {
    /** After a level's name, words that make it a rank in that level (全市率先, 全省第一), not its figures. */
    static final String NOT_A_RANK = "(?!率先|首|第|前列|排名|排位|领先|唯一|同类|范围内首|示范|先进|表彰|试点|推广)";
    private static final Pattern HIGHER = Pattern.compile(
            "(?<![在居列位获])(全国|全省|全自治区|(?<!作为)自治区(?![^，,；;。]{0,12}(?:示范|先进|试点)[县区市旗]|[^，,；;。]{0,14}(?:称号|表彰))|全市|我市|全州|全盟|该省|该市|省级|国家级|省政府|省直|司法部|国务院|各省|市州|[\\u4e00-\\u9fa5]{2,3}省(?=各级|各地|共|累计|全年|范围内|法院|行政机关|人民政府|政府|通过|的|[\\d，,]))"
                    + NOT_A_RANK);
    /**
     * After these a higher level's name is the subject of what follows, wherever it stands in the sentence; a year
     * may stand between ("据市司法局通报，全市2023年共办理…，纠错率13.5%": the city's rate two clauses on).
     */
    private static final Pattern SUBJECT_FOLLOWS = Pattern.compile(
            "^(?:\\d{4}年度?[，,]?)?(各级|各地|共|累计|全年|范围内|法院|行政机关|人民政府|通过)");
    /**
     * "我市法律援助中心全年指派我区律师…" in a district's or a county's report: a body of the city above (HIGHER_BODY reads
     * no 我 before 市), the subject of what follows (round 52).
     */
    private static final Pattern CITYS_OWN_BODY = Pattern.compile(
            "[\\u4e00-\\u9fa5]{0,10}?(?:中心|局|委员会|办公室|法院|检察院|人民政府|政府)");
    /** A city's words: its own in a city's or a county-level city's report (我市 is the city above a district or a county). */
    private static final Pattern HIGHER_CITY = Pattern.compile("全市|我市|全州|全盟");
    /** "全区" in a county's report: the autonomous region, unless only a rank in it ("在全区率先"). */
    private static final Pattern REGION = Pattern.compile(
            "(?<![在居列位获])全区" + NOT_A_RANK);
    /**
     * Words a clause may open with before a body above: "配合", "参与"; "另有长沙市司法局抽查我市案卷40卷" adds the body's
     * act beside the jurisdiction's own (round 75 a, read this session).
     */
    private static final String BODY_OPENS = "(?:在?(?:配合|协助|参与|参加)|另有|此外[，,]?|另外[，,]?)";
    private static final Pattern BODY_OPENS_AT_START = Pattern.compile("^" + BODY_OPENS);

    /**
     * "省司法厅…", "市行政复议局…", "温州市司法局…", "市政府…" opening a clause: a province's or a city's department or
     * government speaks. Only at a clause's start, where a body is the subject ("报送市政府备案" and "向市司法局报备"
     * name a recipient: a verb such as 报送 or 向 is no place's name before 市); 市场, 市民 and 市政 are words of their
     * own, and a place's name before 市 must not end in 城 or 都 (县城市管理局 is the county's urban management bureau).
     * A clause may open with working alongside the body ("在配合郑州市司法局抽取我区60卷…", round 69 b).
     */
    static final Pattern HIGHER_BODY = Pattern.compile(
            "(?:^|[，,；;。：:（(])" + BODY_OPENS + "?(?:[\\u4e00-\\u9fa5&&[^报送向经由请交至]]{1,4}(?<![我本全该县区城都超门上]))??(省|自治区|市(?![场民])(?!政(?!府)))"
                    + "(?:、?[省市县]两级)?(?:人民|12345)?[\\u4e00-\\u9fa5]{0,10}?(厅|局|委员会|办公室|中心|法院|检察院|(?<=仲裁)院|热线|(?<=[省市]|人民)政府|"
                    + HigherLevelFrames.ORGANS_ABOVE + ")");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");
    /**
     * A named body: "市水利局", "区市场监管局", "县卫健委", "县综治中心", "某某公司". Up to six characters of its name are read
     * before the suffix, to tell the bodies that speak for the whole jurisdiction from the others.
     */
    private static final Pattern NAMED_BODY = Pattern.compile(
            // 公司法 is a law, no company ("结合新修订的行政复议法、公司法等法律法规施行…，组织…清理", round 112 r276)
            // 格局, 布局, 大局, 开局 are no bureau ("在“大调解”格局下，各级调解组织…", round 54)
            "([\\u4e00-\\u9fa5]{0,6})((?<![格布大结开破变])局|委员会|办公室|中心|公司(?!法)|大队|支队|派出所|管委会"
                    // a commission named by its short form (卫健委, 发改委); not the party's (县委, 党委) or 政法委, which
                    // coordinate the whole jurisdiction's work
                    + "|(?<!政法|[县区市旗州盟党])委(?![员托派会])"
                    + ")(?![长])");
    /** Up to ten more characters of a centre's name before the six {@link #NAMED_BODY} reads, digits included. */
    private static final Pattern CENTRES_WHOLE_NAME = Pattern.compile("[\\u4e00-\\u9fa50-9]{0,10}$");
    /** Before a body these make it many bodies (the whole), after it they make it the organiser of others' work. */
    static final Pattern PLURAL = Pattern.compile("各|全[县区市旗]|所有|相关|有关");
    /**
     * Words before a named body that make it no subject: bodies a department includes ("（含各分局）", "含直属单位")
     * or all the bodies it acts on ("针对各区管理局的复议案件"); the department before them still speaks. One body
     * acted on ("针对县公安局行政行为的复议申请") stays: its cases are a part of the county's, so still doubted.
     */
    private static final Pattern INCLUDED_OR_ACTED_ON = Pattern.compile("含|(针对|涉及|对于)(各|所有|相关|有关)");
    /**
     * A writer speaking of itself as "本机关": the government or a department, by who wrote the text ("我单位",
     * "本部门" are always one body's, doubted by {@link OtherBodies}).
     */
    private static final Pattern SELF = Pattern.compile("[我本]机关");
    /**
     * A body that organises others' work speaks for them; one that organises its own internal review ("另行组织内部交叉
     * 评查", "组织本系统") still speaks only for itself (round 56).
     */
    /** A count of bodies right before a body's name ("20个镇（街道）"): many of them, not one body. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile("\\d+个[^，,；;。\\d]{0,8}$");
    private static final Pattern ORGANISES = Pattern.compile(
            // "市公安局自行组织开展执法质量考评，评查案卷310卷": a body that organises its own review is its subject (r253)
            "^(?![^，,；;。]{0,4}(?:自行|自主)组织)[^，,；;。]{0,6}(指导|组织|牵头|统筹|联合|会同|协调|督促|推动)(?![^，,；;。]{0,3}(内部|本系统|本单位|本部门|系统内))");

    private Subjects() {
    }

    /** The figure belongs to a higher level (the nation, the province, the city above a county). */
    static boolean higherLevelSpeaks(String beforeInSentence, Scope scope) {
        // "严格执行《江苏省行政机关负责人出庭应诉工作规定》，…": a rule's title names no body that speaks (r201)
        beforeInSentence = OtherBodies.withoutDocumentTitles(beforeInSentence);
        if (HigherLevelFrames.amongTheHigherLevels(beforeInSentence, scope) || aCityOpensAsSubject(beforeInSentence, scope)) {
            return true;
        }
        int higher = -1;
        boolean subject = false;
        Matcher h = HIGHER.matcher(beforeInSentence);
        while (h.find()) {
            String name = h.group(1);
            if ((HIGHER_CITY.matcher(name).matches() || name.equals("该市")) && scope.cityIsOwn()
                    && !prefectureAboveTheCity(name, scope)
                    || name.equals("我市") && "县区旗".indexOf(LevelWords.level(scope)) < 0) {
                continue; // 我市 is the city above only in a report known to be a county's, a district's or a banner's
            }
            if (name.endsWith("省") && !name.startsWith("全") && !name.startsWith("该") && scope.ownName() != null
                    && scope.ownName().startsWith(name)) {
                continue;
            }
            higher = h.start();
            subject = name.startsWith("该") || SUBJECT_FOLLOWS.matcher(beforeInSentence.substring(h.end())).find()
                    || name.equals("我市") && CITYS_OWN_BODY.matcher(beforeInSentence.substring(h.end())).lookingAt();
        }
        Matcher region = REGION.matcher(beforeInSentence);
        while (OwnMentions.regionAbove(scope) && region.find()) {
            if (region.start() > higher) {
                higher = region.start();
                subject = SUBJECT_FOLLOWS.matcher(beforeInSentence.substring(region.end())).find();
            }
        }
        Matcher body = HIGHER_BODY.matcher(beforeInSentence);
        while (body.find()) {
            // the reports are a county's or a city's: a province's department is always above them
            if (body.group(1).equals("省") || body.group(1).equals("自治区") || !scope.cityIsOwn()
                    || anotherCitysBody(beforeInSentence, body, scope)) {
                if (body.start() >= higher) { // (at the sentence start the body and its level begin together)
                    higher = body.start();
                    subject = true;
                }
            }
        }
        if (higher < 0) {
            return false;
        }
        int own = OwnMentions.lastOwn(beforeInSentence, scope);
        if (own > higher && !(subject && OwnMentions.objectOfTheHigherBody(beforeInSentence, higher, own, scope))) {
            return false;
        }
        return subject || higher >= lastClauseStart(beforeInSentence) || higher <= 6;
    }

    /**
     * "全州", "全盟" in a county-level city's report: the autonomous prefecture or league above it (弥勒市 in 红河州, round
     * 70 a), not the city's own whole as 全市 is; only a prefecture's or a league's own report calls itself so.
     */
    private static boolean prefectureAboveTheCity(String name, Scope scope) {
        String own = scope.ownName();
        return name.equals("全州") && (own == null || !own.endsWith("州"))
                || name.equals("全盟") && (own == null || !own.endsWith("盟"));
    }

    /** A city's name opening the sentence, the subject of what follows ("杭州市全年办理…"). */
    private static final Pattern CITY_OPENS = Pattern.compile("^\\s*([\\u4e00-\\u9fa5]{2,4}?)市(?=(?:\\d{4}年度?)?[，,]?(?:全年|共|累计|各级|各地|范围内))");

    /**
     * "杭州市全年办理法律援助案件1.9万余件，其中西湖区办理1,486件" in a district's or a county's report: a city the gazetteer
     * knows, not the jurisdiction's own name, opens the sentence as its subject — a higher level's whole (round 57).
     */
    private static boolean aCityOpensAsSubject(String beforeInSentence, Scope scope) {
        Matcher city = CITY_OPENS.matcher(beforeInSentence);
        return city.find() && anotherKnownCity(city, scope) && OwnMentions.lastOwn(beforeInSentence, scope) < 0;
    }

    /**
     * The city a matcher found (group 1 its name before 市) is one the gazetteer knows, not the jurisdiction's own name,
     * in a district's or a county's report.
     */
    static boolean anotherKnownCity(Matcher city, Scope scope) {
        return !scope.cityIsOwn() && scope.ownName() != null && !scope.ownName().startsWith(city.group(1))
                && !Gazetteer.bundled().named(city.group(1) + "市").isEmpty();
    }

    /**
     * "温州市司法局对我市…" in 乐清市's report: a city's body named by a place that is not the report's own. In a city's or a
     * county-level city's report a bare "市司法局" is its own; a named other city is not (round 56).
     */
    private static boolean anotherCitysBody(String words, Matcher body, Scope scope) {
        int start = body.start();
        if (start < body.start(1) && "，,；;。：:（(".indexOf(words.charAt(start)) >= 0) {
            start++;
        }
        String place = BODY_OPENS_AT_START.matcher(words.substring(start, body.start(1))).replaceFirst("");
        // only a city the gazetteer knows ("全年市人民政府共收到…" names the jurisdiction's own government)
        return body.group(1).equals("市") && place.length() >= 2 && scope.ownName() != null
                && !scope.ownName().startsWith(place) && !Gazetteer.bundled().named(place + "市").isEmpty();
    }

    /**
     * A body other than the government is the subject of the figure: the last body named before it in the
     * sentence is a department, a centre or a company that does not handle the indicator's matter for the whole
     * jurisdiction, names no plural (各部门), organises no one else's work, and the jurisdiction is not named
     * after it. In a department's sentence its figures are its own.
     */
    static boolean otherBodyNamed(String beforeInSentence, Scope scope, String topic) {
        Matcher m = NAMED_BODY.matcher(beforeInSentence);
        int end = -1;
        int start = -1;
        String name = null;
        while (m.find()) {
            if (INCLUDED_OR_ACTED_ON.matcher(m.group(1)).find()) {
                continue; // "（含各分局）", "针对各区管理局的": part of the body before, or all it acts on
            }
            end = m.end();
            start = m.start();
            name = m.group();
            if (name.endsWith("中心")) { // "12345便民服务平台惠安分中心": the hotline's name stands further back
                Matcher whole = CENTRES_WHOLE_NAME.matcher(beforeInSentence.substring(0, m.start()));
                name = (whole.find() ? whole.group() : "") + name;
            }
        }
        Matcher self = SELF.matcher(beforeInSentence);
        int selfEnd = -1;
        while (self.find()) {
            selfEnd = self.end();
        }
        if (selfEnd > end) {
            return selfIsOtherBody(scope.authors(), topic) && !ORGANISES.matcher(beforeInSentence.substring(selfEnd)).find()
                    && !OwnMentions.ownSpeaksAfter(selfEnd, beforeInSentence, scope);
        }
        if (name == null || PLURAL.matcher(name).find() || Authors.speaksForWhole(name, topic)
                // "组织市直26个执法部门和20个镇（街道）综合执法办公室开展交叉评查": bodies counted are many, and organised
                || COUNTED_BEFORE.matcher(beforeInSentence.substring(0, start)).find()
                || ZoneGovernment.committeeSpeaks(name, scope)
                || Authors.owns(name, topic) || ORGANISES.matcher(beforeInSentence.substring(end)).find()
                || OtherBodies.ownLevelsHotlineBranch(topic, name)
                || ownerOpensALaterClause(beforeInSentence.substring(end), topic)
                || theMeansOfALaterClause(beforeInSentence, start, end)) {
            return false;
        }
        return !OwnMentions.ownSpeaksAfter(end, beforeInSentence, scope);
    }

    /**
     * "县信访局全年受理…按期办结率99.1%；12345热线按期办结率98.9%": the clause after a semicolon opens with the matter's
     * own owner (the hotline) and names no body of its own, so the bureau before the semicolon is not its subject
     * (round 89).
     */
    private static boolean ownerOpensALaterClause(String afterTheBody, String topic) {
        int semicolon = Math.max(afterTheBody.lastIndexOf('；'), afterTheBody.lastIndexOf(';'));
        if (semicolon < 0) {
            return false;
        }
        String clause = afterTheBody.substring(semicolon + 1);
        String opening = clause.substring(0, Math.min(clause.length(), CLAUSE_OPENING));
        int comma = opening.indexOf('，');
        opening = comma < 0 ? opening : opening.substring(0, comma);
        return Authors.owns(opening, topic) && !NAMED_BODY.matcher(opening).find();
    }

    /**
     * "依托市社会治理综合服务中心一站式接收、一揽子调处，全年各类矛盾纠纷化解率达97.6%，人民调解成功率98.8%": a body the
     * jurisdiction relies on, in a clause of its own before the figure's, is the means, not the subject (102 a).
     */
    private static final Pattern RELIED_ON = Pattern.compile("(?:依托|依靠|借助)[^，,；;。]{0,6}$");
    private static final Pattern CLAUSE_ENDS = Pattern.compile("[，,；;]");

    private static boolean theMeansOfALaterClause(String beforeInSentence, int bodyStart, int bodyEnd) {
        return RELIED_ON.matcher(beforeInSentence.substring(0, bodyStart)).find()
                && CLAUSE_ENDS.matcher(beforeInSentence.substring(bodyEnd)).find();
    }

    /** How many characters of a clause's opening name its subject. */
    private static final int CLAUSE_OPENING = 10;

    /**
     * "本机关" speaks for whoever wrote the text: a department (its own figures, unless it handles
     * the matter for the whole jurisdiction), the government when the title names it, and an unknown writer when
     * there is no title to tell — then the figure is doubted.
     */
    private static boolean selfIsOtherBody(Authors authors, String topic) {
        if (authors.author() != null) {
            return !Authors.speaksForWhole(authors.author()) && !Authors.owns(authors.author(), topic);
        }
        return !authors.governmentWrote();
    }

    /**
     * The whole jurisdiction is named as the subject of the figure's sentence and no body is named after it:
     * "全县共评查案卷1260卷", "我县行政机关负责人出庭应诉率98.6%" (全区 only for a district, 全市 only for a county-level
     * city). "报县政府备案" names a recipient, not the whole, and does not count.
     */
    static boolean wholeJurisdictionSpeaks(String beforeInSentence, Scope scope) {
        String own = scope.ownName();
        if (own == null || own.isEmpty() || (own.endsWith("市") && !scope.countyLevel())) {
            return false;
        }
        char level = own.charAt(own.length() - 1);
        if ("县区旗市".indexOf(level) < 0) {
            return false;
        }
        int whole = Math.max(beforeInSentence.lastIndexOf("全" + level), beforeInSentence.lastIndexOf("我" + level));
        if (whole < 0) {
            return false;
        }
        Matcher m = NAMED_BODY.matcher(beforeInSentence);
        while (m.find()) {
            if (m.end() > whole) {
                return false;
            }
        }
        return true;
    }

    /**
     * "全县公安机关", "全县市场监管系统", "自然资源部门", "农业综合行政执法队伍": one department across the county, all its
     * offices or its enforcement team together —
     * still one department (行政机关 alone are all the organs, and 司法行政系统 handles legal aid and mediation).
     */
    private static final Pattern ONE_DEPARTMENTS_SYSTEM = Pattern.compile(
            "(公安|市场监管|市场监督管理|自然资源(?:和规划)?|住建|住房和城乡建设|卫健|卫生健康|人社|人力资源和社会保障|税务"
                    + "|交通运输|交通|农业农村|生态环境|应急管理|教育|民政|文旅|文化和旅游|城管|综合行政执法|综合执法"
                    + "|司法行政|林业|水利|商务|财政|医保|退役军人事务|消防)(?:系统|机关|部门|执法队伍|队伍|执法大队|大队)(?![、和及与])");

    /**
     * One department's system across the jurisdiction is the subject of the figure: named in the figure's
     * sentence before it, not the department that handles the figure's matter, and the jurisdiction not named
     * after it.
     */
    static boolean oneDepartmentsSystem(String beforeInSentence, Scope scope, String topic) {
        Matcher m = ONE_DEPARTMENTS_SYSTEM.matcher(beforeInSentence);
        int end = -1;
        String name = null;
        while (m.find()) {
            end = m.end();
            name = m.group(1);
        }
        if (name == null || Authors.owns(name, topic) || ORGANISES.matcher(beforeInSentence.substring(end)).find()) {
            return false;
        }
        return !OwnMentions.ownSpeaksAfter(end, beforeInSentence, scope);
    }

    /** "县人大常委会备案审查…", "区政协…" opening a clause: the legislature or the advisory body is the subject. */
    /** "一是", "二是", "其次": an enumerator before a clause's subject. */
    static final String ENUMERATOR = "(?:[一二三四五六七八九十]是|首先|其次|再次|此外|同时)?";
    static final Pattern LEGISLATURE = Pattern.compile(
            "^" + ENUMERATOR + "[县区市旗州盟]?(人大常委会|人民代表大会常务委员会|人大|政协)(?!代表|委员|建议|提案|议案)");

    /**
     * The people's congress or the CPPCC is the subject of the figure's clause or of an earlier one, and the
     * jurisdiction is not named after it: "县人大常委会备案审查规范性文件15件" is the congress's review, not the
     * government's filing. Only at a clause's start ("报送县人大常委会备案" names a recipient).
     */
    static boolean legislatureSpeaks(String beforeInSentence, Scope scope) {
        int at = -1;
        int clauseStart = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(beforeInSentence + "，");
        while (breaks.find()) {
            String clause = beforeInSentence.substring(clauseStart, Math.min(breaks.start(), beforeInSentence.length()));
            String own = scope.ownName();
            String words = own != null && clause.startsWith(own) ? clause.substring(own.length()) : clause;
            if (LEGISLATURE.matcher(words).find()) {
                at = clauseStart;
            }
            clauseStart = breaks.end();
            if (clauseStart > beforeInSentence.length()) {
                break;
            }
        }
        return at >= 0 && !OwnMentions.ownSpeaksAfter(at + 1, beforeInSentence, scope);
    }

    /**
     * The sentence names whose figures follow: the jurisdiction itself, or it opens with another body or place
     * (as {@link HeadingSubjects#subjectAbove} reads a sentence before). A sentence that names neither passes the
     * subject on.
     */
    static boolean namesASubject(String sentence, Scope scope) {
        return OwnMentions.ownNamed(sentence, scope) || HeadingSubjects.subjectAbove(sentence, "", scope, "") != null;
    }

    private static int lastClauseStart(String before) {
        Matcher m = CLAUSE_BREAK.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }
}
