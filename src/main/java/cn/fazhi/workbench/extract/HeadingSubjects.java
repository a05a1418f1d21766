package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose figures a heading announces: a court, a town, a zone, a centre, a higher level or a department opening the
 * heading above a figure (or the paragraph's sentence before it) makes that body the figure's subject, and a
 * numbered sub-heading is read with the heading one level above it. Split from {@link Subjects}, which judges the
 * figure's own sentence.
 */
final class HeadingSubjects {
    private HeadingSubjects() {
    }

    /** "（二）", "3.", "一、" before a heading's words. */
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            // "【递铺街道】", "■ 县人民法院", "专栏2：典型案例": a box's or a bullet's marks before the words (round 50)
            // "附：贵港市2024年行政复议工作情况": an appendix's mark (round 76 a)
            "^\\s*(?:[【■●◆▲]\\s*|专栏\\s*\\d*\\s*[：:]?\\s*|附(?:件|表)?\\s*\\d*\\s*[：:]\\s*)*"
                    + "(?:(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．])\\s*)?");
    private static final Pattern HEADING_COURT = Pattern.compile(
            "^(?:[\\u4e00-\\u9fa5]{0,4}?[县区市])?(?:人民|中级人民|中级)?(法院|检察院)");
    /** "2023年，", "今年以来，", "近年来，", "在县委县政府的坚强领导下，": an opening before the one who speaks. */
    private static final Pattern YEAR_OPENING = Pattern.compile(
            "^(?:\\d{4}年度?(?:以来)?|今年以来|一年来|全年|近年来|近年|在[^，,。；;]{0,30}下)[，,]\\s*");
    private static final Pattern HEADING_TOWN = Pattern.compile("^([\\u4e00-\\u9fa5]{2,4})(镇|乡|街道)");
    /**
     * A heading that is only one platform's or window's name: "“浙里办”平台", "综合受理窗口" (not the hotline's platform,
     * which is the hotline itself).
     */
    private static final Pattern HEADING_CHANNEL = Pattern.compile(
            "(?!.*(?:12345|热线))[“\"]?[\\u4e00-\\u9fa5A-Za-z·]{1,10}[”\"]?(?:平台|窗口|专区|小程序|APP|App|公众号)[。：:]?");
    /** A heading that is only a place's name: "吴兴区", "长兴县", "市区", "德清县人民政府". */
    private static final Pattern PLACE_ONLY = Pattern.compile(
            "(?!.*(?:法治|示范|创建|争创|建设|推进|先进))"
                    + "([\\u4e00-\\u9fa5&&[^全我本各该在和的与及]]{1,6}?(?:自治县|县|区|市|旗))(?:人民政府|政府)?[。：:]?");
    /** "市直部门", "县级各部门", "区级行政机关", "市级层面": the own level only (its departments). */
    private static final Pattern HEADING_DEPARTMENTS = Pattern.compile(
            "[县区市旗](?:直|级)(?:各)?(?:职能)?(?:部门|单位|行政机关)|[县区市旗]级层面");

    /**
     * A year opening a heading or a table's caption without a comma: "2024年湖州市法治政府建设主要指标", "2024年县综合行政执法局
     * 执法案卷评查情况" — the place or body after it still opens the heading (round 53).
     */
    private static final Pattern CAPTION_YEAR = Pattern.compile("^\\d{4}年度?(?!以来|来|[-—–~至到])(?=[\\u4e00-\\u9fa5])");

    /** The heading's words without its number, a box's or a bullet's marks, a year opening it and a closing 】. */
    static String wordsOf(String heading) {
        String words = HEADING_NUMBER.matcher(heading.strip()).replaceFirst("").replaceFirst("】\\s*$", "");
        return CAPTION_YEAR.matcher(words).replaceFirst("");
    }

    /**
     * "（四）温州市" above "全市共办理…" in 乐清市's report: the 全市 the county-level city would say of itself is the place
     * the heading names (round 50); the report's own name in the sentence keeps it its own.
     */
    private static boolean wholeOfThePlaceAbove(String heading, String beforeInSentence, String own) {
        String words = wordsOf(heading);
        String place = anotherPlaceOnly(words, own);
        Matcher dated = PLACE_AND_YEAR_OPEN.matcher(words);
        if (place == null && dated.lookingAt() && !dated.group(1).endsWith("省") && own != null
                && !own.endsWith(dated.group(1)) && !dated.group(1).endsWith(own)) {
            place = dated.group(1); // "（五）温州市2024年度行政复议应诉工作情况通报" above "全市各级…" (round 51)
        }
        if (place == null) {
            place = anotherPlacesMatterReported(words, own); // "（五）徐州市行政复议工作情况通报" (round 65)
        }
        if (place == null) {
            place = anotherPlaceQuoted(words, own); // "（二）全市行政争议化解形势（据绵阳市依法治市办通报）" (round 71)
        }
        if (place == null) {
            return false;
        }
        char level = place.charAt(place.length() - 1);
        return (beforeInSentence.contains("全" + level) || beforeInSentence.contains("该" + level))
                && (own == null || !beforeInSentence.contains(own));
    }

    /** The place, when the heading is only another place's name (not the report's own, nor its own short name); else null. */
    private static String anotherPlaceOnly(String words, String own) {
        Matcher place = PLACE_ONLY.matcher(words);
        boolean another = place.matches() && (own == null || !(own.endsWith(place.group(1)) || place.group(1).endsWith(own)));
        return another ? place.group(1) : null;
    }

    /** A heading that is only one area of the jurisdiction: "城区", "中心城区", "农村地区", "山区". */
    private static final Pattern HEADING_AREA = Pattern.compile(
            "(?:中心城区|主城区|老城区|新城区|城区|农村地区|农村|山区|城镇)(?:部分|片区|方面)?[。：:]?");
    /** "（二）乡镇（街道）行政执法", "镇街调解工作": the towns' section, unless another level is named with them (round 50). */
    private static final Pattern TOWNS_FIRST = Pattern.compile(
            "(?:乡镇|镇街|街道)(?:[（(](?:街道|乡镇|镇街)[)）])?(?![^，,；;。]{0,10}[、和及与两三])");
    private static final Pattern HEADING_ZONE = Pattern.compile(
            "[县区市]?[\\u4e00-\\u9fa5]{0,6}?(经济技术开发区|经济开发区|开发区|高新区|工业园区|产业园区|园区|新区)");
    /**
     * "推进乡镇…", "加强街道…": a heading that starts with what the government does, not with a town's name; after an
     * enumerator too ("一是深化镇街综合行政执法改革", round 57).
     */
    private static final Pattern VERB_FIRST = Pattern.compile(
            "^(?:[一二三四五六七八九十]是)?(推进|推动|加强|强化|开展|深化|完善|建立|健全|打造|实施|落实|规范|提升|指导|督促|支持|聚焦|抓好|做好|服务)");
    /** "县公安局…", "县卫健委…" at the start of a heading or a sentence: a department is its subject. */
    private static final Pattern DEPARTMENT_FIRST = Pattern.compile(
            "[县区市旗][\\u4e00-\\u9fa5]{1,10}?(局|委员会|办公室|中心|大队|管委会|(?<!政法|[县区市旗州盟党])委(?![员托派会]))");
    /** "在开发区设立…", "依托工业园区…": a verb or a preposition first, the zone is where, not who. */
    private static final Pattern ZONE_NOT_FIRST = Pattern.compile("^(在|对|向|于|到|由|从|依托|围绕|按照|结合)");

    /** The words start with what someone does or where, not with a zone's name. */
    static boolean notAZoneName(String words) {
        return VERB_FIRST.matcher(words).find() || ZONE_NOT_FIRST.matcher(words).find();
    }

    /**
     * "（二）县长信箱", "（三）区长信箱办理情况", "（二）“书记信箱”", "人民网领导留言板": a heading that is only a mailbox's or a message board's
     * name; the figures under it are that channel's (a mailbox is no petitions office and no 12345 hotline).
     */
    private static final Pattern HEADING_MAILBOX = Pattern.compile(
            "^[\\u4e00-\\u9fa5“”\"]{0,12}?(信箱|留言板|邮箱)[”\"]?(?:[\\u4e00-\\u9fa5]{0,10}情况)?[。.]?$");

    private static final Pattern HEADING_CENTRE = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{0,10}?(调解|调处|化解)[\\u4e00-\\u9fa5]{0,6}中心");

    /**
     * "县医疗纠纷人民调解委员会成立于2015年。", "县“老娘舅”调解工作室是…", "（二）驻看守所法律援助工作站", "3.“枫桥驿站”建设", "县人民
     * 法庭…": a heading or a sentence that opens with one committee, room, station, team or tribunal (not all of them: 各, 全;
     * not what the government does to them: 加强…驿站建设).
     */
    private static final Pattern HEADING_STATION = Pattern.compile(
            "^[县区市旗]?[\\u4e00-\\u9fa5“”\"&&[^各全]]{0,12}?(纠纷人民调解委员会|纠纷调解委员会|调委会|调解工作室|调解室|工作室|驿站"
                    + "|之家|服务队|联合体|专班|法律援助工作站|工作站|人民法庭|审判庭)");

    /** A clause opening with the administrative organs: the government's side of a lawsuit, not the court's. */
    private static final Pattern GOVERNMENT_SIDE = Pattern.compile(
            Subjects.ENUMERATOR + "(全年|今年)?[，,]?(各级|全县|全区|全市)?(被诉)?(行政机关|政府部门)");

    /**
     * A heading or a paragraph's sentence that opens with a higher level ("四、全市总体情况", "全市法治政府建设稳步
     * 推进。"): the sentences under it that name no subject go on about that level. Not a rank in it ("全市率先").
     */
    private static final Pattern HIGHER_OPENS = Pattern.compile("^" + Subjects.ENUMERATOR + "(全市|全州|全盟)"
            + Subjects.NOT_A_RANK);

    /** "全省…", "全国…" opening a heading: no county's or city's report speaks as the province or the nation. */
    private static final Pattern TOP_LEVEL_OPENS = Pattern.compile("^" + Subjects.ENUMERATOR + "(全省|全国)"
            + Subjects.NOT_A_RANK);

    /** A row's number ("（1）", "1.") or its label ("石浦镇：") at the start of the figure's sentence. */
    private static final Pattern ROW_OPENING = Pattern.compile(
            "\\s*(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．](?!\\d)|[^，,。；;：:\\d]{2,12}[：:])");

    /** The province and the city before a county's or a district's name ("浙江省湖州市", "广西壮族自治区南宁市"). */
    private static final Pattern PARENTS = Pattern.compile("(?:[\\u4e00-\\u9fa5]{1,10}?(?:省|自治区|市|自治州|州|盟|地区))+");

    /** The year opening an annex's title: the body named after it is what the title is about. */
    private static final Pattern ANNEX_YEAR = Pattern.compile("^\\d{4}年度?");

    /** A place's name opening a title before its year or its matter ("湖州市2023年度…", "湖州市安吉县法治…"). */
    private static final Pattern PLACE_OPENS = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,8}?(?:自治州|自治县|省|市|州|盟|县|区|旗))(?=\\d{4}|年度|法治|主要|各)");

    /**
     * A heading that opens with a place and a year ("湖州市2023年…"): only then is the place whose figures follow; "浙江省
     * 法治政府建设示范县创建" names a title the county works for.
     */
    private static final Pattern PLACE_AND_YEAR_OPEN = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,8}?(?:自治州|自治县|省|市|州|盟|县|区|旗))\\d{4}年");

    /**
     * "（五）徐州市行政复议工作情况通报": a heading that reports one of the catalogue's matters of a named place, as a
     * bulletin does (round 65).
     */
    private static final Pattern PLACES_MATTER_REPORTED = Pattern.compile(
            // "表2 2024年长沙市各区县（市）行政复议办案情况": the place's counties' matter (round 75 a)
            "^([\\u4e00-\\u9fa5]{2,8}?(?:自治州|自治县|省|市|州|盟|县|区|旗))(?:各[\\u4e00-\\u9fa5（()）、]{1,8}?)?(?:行政复议|行政应诉|行政诉讼|人民调解|矛盾纠纷|法律援助"
                    + "|规范性文件|政务服务|12345|信访|劳动人事争议|行政执法"
                    // "（七）泉州市法治政府建设考评通报情况": the city's assessment of its counties (round 74)
                    + "|法治政府建设|法治建设|依法行政|考评|考核)[\\u4e00-\\u9fa5\\d]{0,16}?(?:情况|概况|通报|综述)(?:通报)?"
                    // "附：永州市12345热线2024年运行情况通报摘要" (round 78 c)
                    + "(?:摘要|节选|摘编)?"
                    // "二、镇江市法治政府建设主要指标完成情况（摘自市委依法治市办通报）": its source in brackets (round 87 a)
                    + "(?:[（(](?:摘自|摘编自|节选自|引自|据|来源|数据来源)[^（()）]{1,24}[)）])?$");

    /**
     * "（二）全市行政争议化解形势（据绵阳市依法治市办通报）": a heading that names another place's office as the source of what
     * follows, as a sentence's "据…通报，" does (round 71).
     */
    private static final Pattern PLACE_QUOTED = Pattern.compile(
            "据([\\u4e00-\\u9fa5]{2,8}?(?:自治州|省|市|州|盟))[\\u4e00-\\u9fa5]{0,16}?(?:通报|统计|数据|公布|发布)");

    /** The place a heading quotes as its source when it is not the report's own; else null. */
    private static String anotherPlaceQuoted(String words, String own) {
        Matcher place = PLACE_QUOTED.matcher(words);
        return place.find() && own != null && !own.endsWith(place.group(1)) && !place.group(1).endsWith(own)
                ? place.group(1) : null;
    }

    /** The place whose matter the heading reports when it is not the report's own; else null. */
    private static String anotherPlacesMatterReported(String words, String own) {
        Matcher place = PLACES_MATTER_REPORTED.matcher(words);
        return place.matches() && own != null && !own.endsWith(place.group(1)) && !place.group(1).endsWith(own)
                ? place.group(1) : null;
    }

    /** The title opens with a place that is not the report's own (the city above a county counts as another). */
    static boolean anotherPlaceNamed(String title, Scope scope) {
        Matcher place = PLACE_OPENS.matcher(title.strip());
        String own = scope.ownName();
        return place.lookingAt() && own != null && !own.endsWith(place.group(1)) && !place.group(1).endsWith(own);
    }

    /** The report is known to be a county's, a district's or a banner's: "全市" is the city above it. */
    private static boolean countyKnown(Scope scope) {
        String own = scope.ownName();
        return scope.countyLevel() && own != null && own.matches(".{2,}[县区旗]");
    }

    /**
     * The heading above a figure makes a court, a town, a mediation centre, a mailbox, a higher level's department or the
     * congress its subject ("（一）县人民法院行政审判工作", "（三）城关镇法治建设"), and the sentence does not name
     * the jurisdiction itself: the figure is that body's, as if its sentence began with the heading. Only a
     * heading that starts with the body: "（三）支持法院依法审判" is the government's work. The sentence before the
     * figure's, in the same paragraph, is read the same way ("县人民法院充分发挥审判职能。全年共受理…").
     *
     * @param heading the heading, or the paragraph's sentence before ("" when none)
     * @param topic   the figure's topic: a department that handles it for the whole jurisdiction is no other body
     * @return the doubt ("other_body", "sub_unit", "subject_other_body") or null
     */
    static String subjectAbove(String heading, String beforeInSentence, Scope scope, String topic) {
        if (heading.isEmpty()) {
            return null;
        }
        if (OwnMentions.lastOwn(beforeInSentence, scope) >= 0) {
            return wholeOfThePlaceAbove(heading, beforeInSentence, scope.ownName()) ? "other_body" : null;
        }
        // "2023年，递铺街道坚持…": an opening of the words does not hide the place or body that follows it
        String unnumbered = YEAR_OPENING.matcher(wordsOf(heading)).replaceFirst("");
        String words = unnumbered;
        String own = scope.ownName();
        if (own != null && words.startsWith(own)) {
            words = words.substring(own.length());
        } else if (own != null && !own.isEmpty() && words.indexOf(own) > 0
                && PARENTS.matcher(words.substring(0, words.indexOf(own))).matches()) {
            // "湖州市吴兴区人民政府2023年度…", "浙江省湖州市安吉县…": the report's own name after its parents' is its own
            words = words.substring(words.indexOf(own) + own.length());
        }
        if (HEADING_ZONE.matcher(words).lookingAt() && !notAZoneName(words) && !(own != null && HEADING_ZONE.matcher(own).find())) {
            return "sub_unit"; // "（四）经济开发区法治建设": the zone's figures, unless the report is the zone's own
        }
        Matcher town = HEADING_TOWN.matcher(words);
        if (town.find() && !town.group(1).matches(".*(各|全|乡|所有).*") && !VERB_FIRST.matcher(town.group(1)).find()
                || OtherBodies.allTownsOpen(words) || TOWNS_FIRST.matcher(words).lookingAt()) {
            return "sub_unit"; // "（三）城关镇", "二、各乡镇法治建设情况": the town's, or only the towns' together
        }
        Matcher higher = HIGHER_OPENS.matcher(words);
        if (higher.lookingAt() && countyKnown(scope) && OwnMentions.lastOwn(words, scope) < 0) { // "全市考核中，我县位列第一。": the county is that sentence's subject
            return "other_body"; // "四、全市总体情况", "全市法治政府建设稳步推进。共受理…": the higher level's figures
        }
        if (PLACE_AND_YEAR_OPEN.matcher(words).lookingAt() && anotherPlaceNamed(words, scope)
                || anotherPlacesMatterReported(words, own) != null) {
            return "other_body"; // "五、湖州市2023年法治政府建设情况" in 安吉县's report: the city's figures
        }
        if (TOP_LEVEL_OPENS.matcher(words).lookingAt() && OwnMentions.lastOwn(words, scope) < 0) {
            return "other_body"; // "附件：全省2023年…主要指标完成情况": the province's figures
        }
        if (HEADING_AREA.matcher(words).matches()) {
            return "sub_unit"; // "（三）城区", "（四）农村地区": one area of the jurisdiction (round 50)
        }
        if (anotherPlaceOnly(words, own) != null || OtherBodies.countiesOnly(words, scope) || HEADING_DEPARTMENTS.matcher(words).lookingAt()) {
            return "sub_unit"; // "（三）吴兴区", "（二）市区", "（三）各县（区）", "（二）市直部门": one place or group (round 50)
        }
        if (HEADING_CHANNEL.matcher(words).matches()) {
            return "one_channel"; // "（三）“浙里办”平台": the platform's figures (round 50)
        }
        if (HEADING_COURT.matcher(words).find() && GOVERNMENT_SIDE.matcher(beforeInSentence.strip()).lookingAt()) {
            return null; // "县人民法院…。行政机关负责人出庭应诉98件次": the sentence turns to the government's side
        }
        if (HEADING_COURT.matcher(words).find() || HEADING_CENTRE.matcher(words).find() || HEADING_MAILBOX.matcher(words).find()
                || HEADING_STATION.matcher(words).find() && !notAZoneName(words)
                || Subjects.LEGISLATURE.matcher(words).find()
                || Subjects.HIGHER_BODY.matcher(words).lookingAt() && (words.startsWith("省") || !scope.cityIsOwn())) {
            return "other_body";
        }
        // "平阳县公安局…" read past the county's name: its level character keeps it a county department
        String ownLevel = own != null && !own.isEmpty() && !words.equals(unnumbered)
                ? own.substring(own.length() - 1) : "";
        Matcher department = DEPARTMENT_FIRST.matcher(ownLevel + words);
        if (department.lookingAt() && !Authors.speaksForWhole(department.group()) && !Authors.owns(department.group(), topic)
                && !ZoneGovernment.committeeSpeaks(department.group(), scope)
                && !Subjects.PLURAL.matcher(department.group()).find()) {
            // "县公安局深化“警调对接”。全年共调解…": a department that does not handle the matter for the whole
            // jurisdiction opens the heading or the paragraph's sentence before
            return "subject_other_body";
        }
        return null;
    }

    /** Heading numbers by level: "一、" 1, "（一）" 2, "1." 3, "（1）" 4. */
    private static final Pattern[] LEVELS = {
            Pattern.compile("^\\s*[一二三四五六七八九十]+[、.．]"),
            Pattern.compile("^\\s*[（(][一二三四五六七八九十]+[)）]"),
            Pattern.compile("^\\s*\\d{1,2}[、.．](?!\\d)"),
            Pattern.compile("^\\s*[（(]\\d{1,2}[)）]")};
    /** How far back a heading's parent is looked for: a few paragraphs, so the work per figure stays bounded. */
    private static final int PARENT_REACH = 3000;

    /**
     * The body that a heading above the sentence, the sentence before it in its paragraph, or a heading up to three
     * levels higher names as the subject of the figure ({@link #subjectAbove}); null when none does.
     */
    static String subjectOfWhatStandsAbove(String text, String heading, int headingStart, String subjectBefore,
                                           String beforeInSentence, Scope scope, String topic) {
        if (rowOfTheOwnPlace(beforeInSentence, scope)) {
            // "附表 扬州市各县（市、区）…热线办理情况" over "仪征市\t8.62\t99.83": the own row of a table of places (round 100 a)
            return null;
        }
        String subjectAbove = subjectAbove(heading, beforeInSentence, scope, topic);
        if (subjectAbove == null && !ownBodyOpens(beforeInSentence, topic) && !Authors.ofAnotherMatterOnly(subjectBefore, topic)
                && !CourtOfTheSuits.bareCourtOpens(subjectBefore, topic, scope)) {
            // "县人民法院充分发挥审判职能。全年共受理…": the sentence before, in the same paragraph, names the subject
            subjectAbove = subjectAbove(subjectBefore, beforeInSentence, scope, topic);
            if ("sub_unit".equals(subjectAbove) && "reconsideration".equals(topic)
                    && OtherBodies.allTownsOpen(wordsOf(subjectBefore))) {
                // "各乡镇司法所行政复议咨询服务点…代收行政复议申请23件。全年审结行政复议案件132件": the towns take no
                // reconsideration decisions, so their sentence names no subject of the cases decided after it (r237)
                subjectAbove = null;
            }
        }
        if (subjectAbove == null && !heading.isEmpty()) {
            // "（三）县人民法院工作" above "1.行政审判": the body heads the sub-headings under it too
            Line child = new Line(heading, headingStart);
            while (subjectAbove == null && child.start() >= 0) { // at most three levels up: "（1）" → "1." → "（一）"
                Line parent = parentHeadingLine(text, child, false);
                if (parent == null) {
                    break;
                }
                subjectAbove = subjectAbove(parent.text(), beforeInSentence, scope, topic);
                child = parent;
            }
        }
        if (subjectAbove == null && ROW_OPENING.matcher(beforeInSentence).lookingAt()) {
            // "（1）石浦镇：调解矛盾纠纷612件": a numbered or labelled row opens with whose its figures are, as a heading does
            subjectAbove = subjectAbove(beforeInSentence, beforeInSentence, scope, topic);
        }
        if (subjectAbove == null && headingStart >= 0 && scope.insideReport()) {
            // "附件：全市2023年度主要法治指标" over the annex's rows: the annex's title says whose every row is
            int belowHeading = text.indexOf('\n', headingStart);
            String annex = belowHeading < 0 ? null : Annexes.titleAbove(text, belowHeading + 1);
            annex = annex == null ? null : ANNEX_YEAR.matcher(annex).replaceFirst(""); // "2023年度各乡镇人民调解情况统计表"
            subjectAbove = annex == null ? null : subjectAbove(annex, beforeInSentence, scope, topic);
            if (subjectAbove == null && annex != null && anotherPlaceNamed(annex, scope)) {
                subjectAbove = "other_body"; // "附件：湖州市2023年度…主要指标" in 安吉县's report: the city's figures
            }
        }
        return subjectAbove;
    }

    /** A table's row whose first cell is the jurisdiction's name or its name without the parent city. */
    private static final Pattern TABBED_ROW_LABEL = Pattern.compile("^\\s*([\\u4e00-\\u9fa5]{2,12})\\t");

    private static boolean rowOfTheOwnPlace(String beforeInSentence, Scope scope) {
        Matcher label = TABBED_ROW_LABEL.matcher(beforeInSentence);
        String own = scope.ownName();
        if (!label.find() || own == null) {
            return false;
        }
        String name = label.group(1);
        return own.equals(name) || name.length() >= 3 && own.endsWith(name);
    }

    /**
     * A body of the jurisdiction's own level opening the sentence: "市劳动人事争议仲裁院全年受理…", "县法律援助中心…",
     * "12345便民服务平台全年受理…", "市12345政务服务便民热线…".
     */
    private static final Pattern OWN_LEVEL_BODY_OPENS = Pattern.compile(
            "^\\s*(?:\\d{4}年(?:度)?|全年|今年以来)?[，,]?\\s*(?:[县区市旗]([\\u4e00-\\u9fa5]{2,14}?(?:院|委|局|中心))"
                    // "市12345政务服务便民热线全年受理…": the hotline named with its level, too
                    + "|[县区市旗]?(12345[\\u4e00-\\u9fa5]{0,10}?(?:平台|热线|中心))"
                    // "依托白银市12345…靖远分中心，…。2024年，县分中心共受理…工单": the county's branch of the city's line
                    + "|[县区市旗](分中心))");

    /**
     * The sentence opens with the jurisdiction's own body that handles the figure's matter for it ("…警调对接调解室
     * 调解治安纠纷1860件。市劳动人事争议仲裁院全年受理…"): it names its own subject, so the body the sentence before
     * spoke of (a court) is not the subject of its figures.
     */
    private static boolean ownBodyOpens(String beforeInSentence, String topic) {
        Matcher body = OWN_LEVEL_BODY_OPENS.matcher(beforeInSentence);
        if (body.lookingAt() && body.group(3) != null) {
            return "hotline".equals(topic); // the hotline's branch at the jurisdiction's own level (round 67, r186 read)
        }
        return body.lookingAt() && Authors.owns(body.group(1) != null ? body.group(1) : body.group(2), topic);
    }

    /** A heading's text (stripped) and where it starts in the report's text. */
    record Line(String text, int start) {
    }

    /**
     * The heading one level above a numbered sub-heading ("（三）县人民法院工作" above "1.行政审判"), or null when the
     * heading is not a sub-heading or no such heading stands within reach; with where the parent starts. The
     * report's top level ("一、主要成效") names a block, not a body, and is returned only {@code withTop}: then its
     * period ("一、2022年度工作情况") covers the text under it.
     */
    static Line parentHeadingLine(String text, Line heading, boolean withTop) {
        int level = levelOf(heading.text());
        if (level < (withTop ? 1 : 2)) {
            return null;
        }
        int lineEnd = heading.start();
        int floor = Math.max(0, heading.start() - PARENT_REACH);
        while (lineEnd > floor) {
            // a line reaching further back than twice the reach is no heading: a text without line breaks stays linear
            int lineStart = FlattenedTables.lineStartWithin(text, lineEnd, Math.max(0, floor - PARENT_REACH));
            if (lineStart < 0) {
                return null;
            }
            String raw = text.substring(lineStart, lineEnd);
            String line = raw.strip();
            int lineLevel = levelOf(line);
            if (lineLevel >= 0 && lineLevel < level) {
                return lineLevel >= 1 || withTop ? new Line(line, lineStart + raw.indexOf(line)) : null;
            }
            lineEnd = lineStart - 1;
        }
        return null;
    }

    /** 0 for "一、", 1 for "（一）", 2 for "1.", 3 for "（1）", -1 for no number. */
    private static int levelOf(String line) {
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i].matcher(line).find()) {
                return i;
            }
        }
        return -1;
    }
}
