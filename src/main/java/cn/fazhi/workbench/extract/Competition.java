package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "区政府负责人出庭应诉率100%，区级部门和镇街负责人出庭应诉率99.3%": one sentence that gives two different
 * figures for one indicator says two things, and the words that tell them apart are the ones the rules read
 * least well. Neither is accepted on its own; both become suggestions a person chooses between. Parts after
 * 其中 and figures that are no result of the year (a starting value, a change) do not compete.
 */
final class Competition {
    static final String COMPETING = "competing";
    static final String CONCLUDED_BESIDE_INTAKE = "concluded_beside_intake";
    static final String APPLICATIONS_BESIDE_GRANTED = "applications_beside_granted";
    /**
     * Cases granted after review: "经审查决定给予法律援助1,497件"; "审查后指派承办法律援助案件2476件" — assigned to be
     * handled after the review (round 70 b); "经审查受理并指派承办法律援助案件1268件" (round 86 c).
     */
    static final String NAME_INCOMPLETE = "name_incomplete";
    private static final Pattern GRANTED = Pattern.compile("给予|准予|批准|审查后?[^，,；;。\\d]{0,6}指派");
    /** Counts whose indicator is the cases taken in, where a count of the cases concluded is another measure. */
    private static final java.util.Set<String> INTAKE_COUNTS = java.util.Set.of("legal_aid.cases");
    private static final Pattern CONCLUDED = Pattern.compile("办结|结案|审结(?!率)");
    private static final Pattern INTAKE = Pattern.compile("受理|办理|承办|指派|收到|新收");
    /** Applications (申请) may be refused: a count of them is not a count of cases taken in. */
    private static final Pattern APPLICATIONS = Pattern.compile("申请");
    /** Later in the sentence: the concluded share's rate, or the intake counted in a clause of its own. */
    private static final Pattern INTAKE_OR_RATE_LATER = Pattern.compile(
            "(办结|结案)率|[，,；;](?:共|依法)?(受理|办理|承办|新收)(?:各类)?(?:案件)?\\d");

    private Competition() {
    }

    static List<Candidate> markRivals(String text, List<Candidate> found) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            if (contends(text, c)) {
                groups.computeIfAbsent(c.sentence().start() + "/" + c.indicator().code(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Candidate> out = new ArrayList<>(found);
        for (int i = 0; i < found.size(); i++) {
            if (concludedOfAnIntakeSaidLater(text, found.get(i))) {
                out.set(i, found.get(i).withFlag(CONCLUDED_BESIDE_INTAKE));
            }
        }
        for (List<Integer> all : groups.values()) {
            List<Integer> group = withoutLicencesOfTheServices(text,
                    withoutPartlyNamed(withoutAnotherMattersApart(text, all, found), found), found);
            long distinct = group.stream().map(i -> found.get(i).mention().value().stripTrailingZeros()).distinct().count();
            if (distinct > 1 && !concludedBesideOneIntake(text, group, found, out) && !ownBesideOtherPlaces(text, group, found)
                    && !wholeBeforeOwn(text, group, found, out)
                    && !grantedBesideTheApplications(text, group, found, out)) {
                group.forEach(i -> out.set(i, out.get(i).withFlag(COMPETING)));
            }
        }
        return out;
    }

    /**
     * "事项全程网办率为67.3%；…政务服务事项网上办理率为84.7%" (r193, r228): a figure whose name lacks what the catalogue
     * requires of the indicator (already doubted, name_incomplete) is no rival of one named in full beside it — the fully
     * named one is the indicator's; among figures all partly named the rivalry stays.
     */
    private static List<Integer> withoutPartlyNamed(List<Integer> group, List<Candidate> found) {
        List<Integer> named = group.stream().filter(i -> !found.get(i).flags().contains(NAME_INCOMPLETE)).toList();
        return named.isEmpty() ? group : named;
    }

    /**
     * "全县…共办理政务服务事项58.3万件，…；在县级办件中，行政许可事项办件3.9万件" (r265): licences counted in the sentence of
     * the services' whole are among them, a part and no rival, as in another sentence.
     */
    private static List<Integer> withoutLicencesOfTheServices(String text, List<Integer> group, List<Candidate> found) {
        return group.stream().filter(i -> group.stream()
                .noneMatch(j -> j != i && partOfTheServices(text, found.get(j), found.get(i)))).toList();
    }

    /**
     * "12345热线按期办结率99.7%；县长信箱全年收到来信1260件，办结率100%": a figure whose words name another matter (a mailbox)
     * in a part of the sentence of its own, apart from every rival by a semicolon, is that matter's and no rival (round 59);
     * beside them in one run of clauses it still competes (the doubt may be the rules' misreading).
     */
    private static List<Integer> withoutAnotherMattersApart(String text, List<Integer> group, List<Candidate> found) {
        List<Integer> kept = new ArrayList<>();
        for (int i : group) {
            Candidate c = found.get(i);
            // "网上信访按期办结率100%；全区信访事项按期办结率总体达99.72%": one channel's apart too (round 65 b, read in round 67)
            if (!((c.flags().contains("other_topic") || c.flags().contains("one_channel"))
                    && apartBySemicolons(text, c, group, found)) && !anotherPlacesBenchmark(text, c)
                    // "襄阳市 99.10%；枣阳市 99.25%；…": another row of a list under its caption says nothing twice
                    && !(c.flags().contains("sub_unit") && (CaptionLists.rowOf(text, c.mention().start()) != null
                            // "人民调解成功率：宁乡市99.05%，长沙市98.85%": another place's item of a labelled row (round 75 a)
                            || LabelledItems.wordsOf(text, c.sentence(), c.mention().start()) != null))) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** "高于荆州市9.42%的平均水平": another place's figure the jurisdiction's is measured against. */
    private static final Pattern BENCHMARK_BEFORE = Pattern.compile("(?:高于|低于|优于|好于|超过|超出|领先)[^，,；;。\\d]{0,12}$");
    private static final Pattern BENCHMARK_AFTER = Pattern.compile("^[^，,；;。\\d]{0,3}(?:平均水平|水平|均值)");

    /**
     * "直接纠错率10.78%，…，直接纠错率高于荆州市9.42%的平均水平": another place's figure set as the measure the jurisdiction's
     * is compared with says no second thing about the jurisdiction, and is no rival (round 71).
     */
    private static boolean anotherPlacesBenchmark(String text, Candidate c) {
        if (!c.flags().contains("sub_unit") && !c.flags().contains("higher_level")) {
            return false;
        }
        String before = text.substring(Math.max(c.sentence().start(), c.mention().start() - 24), c.mention().start());
        String after = text.substring(c.mention().end(), Math.min(c.sentence().end(), c.mention().end() + 8));
        return BENCHMARK_BEFORE.matcher(before).find() && BENCHMARK_AFTER.matcher(after).find()
                || SAME_PERIOD_OF_A_PLACE.matcher(before).find();
    }

    /** "，贵港市同期办结率为99.41%": another place's figure of the same period, set beside the jurisdiction's (round 76 a). */
    private static final Pattern SAME_PERIOD_OF_A_PLACE = Pattern.compile(
            "[，,；;][\\u4e00-\\u9fa5]{2,6}(?:市|州|省|盟)(?:全市|全州|全省)?同期[^，,；;。\\d]{0,10}$");

    /** "全市工单按期办结率" opening a clause; "我市按期办结率" (not the own level's departments or its own level alone). */
    private static final Pattern WHOLE_OPENS = Pattern.compile("^[，,]?全([县区市旗])");
    private static final Pattern WE_OPEN = Pattern.compile("^(?:其中)?[，,]?我([县区市旗])(?![^，,；;。\\d]{0,6}(?:本级|直|部门|级))");

    /**
     * "镇江市12345热线全年交办我市工单16.84万件，全市工单按期办结率98.6%，我市按期办结率98.12%" (round 87 a): in one
     * sentence the whole of a level (全市) and then "我市" with another figure of the same indicator — a report does not
     * say its own figure twice by two words, so 全市 is the wider place the sentence speaks of and 我市 the jurisdiction;
     * the wider figures become other_body (a person decides) and the group is no rivalry.
     */
    private static boolean wholeBeforeOwn(String text, List<Integer> group, List<Candidate> found, List<Candidate> out) {
        String ownLevel = null;
        String wholesLevel = null;
        List<Integer> wholes = new ArrayList<>();
        for (int i : group) {
            String clause = clauseBefore(text, found.get(i)).strip();
            Matcher we = WE_OPEN.matcher(clause);
            Matcher whole = WHOLE_OPENS.matcher(clause);
            if (ownLevel != null) {
                return false; // the own figure comes last, after every whole
            } else if (we.find()) {
                ownLevel = we.group(1);
            } else if (whole.find() && (wholesLevel == null || wholesLevel.equals(whole.group(1)))) {
                wholesLevel = whole.group(1);
                wholes.add(i);
            } else {
                return false;
            }
        }
        if (ownLevel == null || !ownLevel.equals(wholesLevel)) {
            return false;
        }
        wholes.forEach(i -> out.set(i, out.get(i).withFlag("other_body")));
        return true;
    }

    /** The jurisdiction's own words opening a clause: "我县为", "我市调解", "全区共…". */
    private static final Pattern OWN_OPENS = Pattern.compile("^(?:其中)?[，,]?[我全本][县区市旗]");

    /**
     * "吴兴区行政复议纠错率为9.8%，我县为12.6%", "温州市全年调解…8.6万件，我市调解1.2万件": every rival but one is another
     * place's or body's (sub_unit, other_body, higher_level: the rules read whose it is), and that one opens its clause
     * with the jurisdiction's own words and was doubted by nothing — the sentence sets the place beside the jurisdiction,
     * it does not say one thing twice.
     */
    private static boolean ownBesideOtherPlaces(String text, List<Integer> group, List<Candidate> found) {
        int own = 0;
        for (int i : group) {
            Candidate c = found.get(i);
            // "全区行政机关败诉率14.2%，我市败诉率11.52%": the region's or another body's figure is set beside it too
            if (c.flags().contains("sub_unit") || c.flags().contains("other_body") || c.flags().contains("higher_level")) {
                continue;
            }
            if (c.flags().stream().anyMatch(Verdict.DOUBTS::contains)
                    || !OWN_OPENS.matcher(clauseBefore(text, c).strip()).find() && !apartBySemicolons(text, c, group, found)
                    && !ownWordsSinceTheOthers(text, c, group, found)) {
                return false;
            }
            own++;
        }
        return own == 1;
    }

    /**
     * "共评查…案卷583卷，…；安阳市司法局对我市抽查行政执法案卷30卷": every other place's or body's rival stands in another
     * semicolon's clause — the sentence goes on to another subject, it does not say one thing twice (round 55).
     */
    private static boolean apartBySemicolons(String text, Candidate own, List<Integer> group, List<Candidate> found) {
        for (int i : group) {
            Candidate rival = found.get(i);
            if (rival == own) {
                continue;
            }
            int from = Math.min(own.mention().end(), rival.mention().end());
            int to = Math.max(own.mention().start(), rival.mention().start());
            String between = from < to ? text.substring(from, to) : "";
            if (between.indexOf('；') < 0 && between.indexOf(';') < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "受理法律援助案件960件，…办结法律援助案件465件": when the indicator counts the cases taken in, one figure named by
     * taking in (受理、办理、承办) and the others by concluding (办结、结案) are two measures of one year's cases, not two
     * answers: the one taken in stays a value, the concluded ones become suggestions saying what they are.
     */
    private static boolean concludedBesideOneIntake(String text, List<Integer> group, List<Candidate> found,
                                                     List<Candidate> out) {
        return oneKeptBesideTheOthers(text, group, found, out, CONCLUDED_BESIDE_INTAKE, words -> {
            boolean takenIn = INTAKE.matcher(words).find() && !APPLICATIONS.matcher(words).find();
            return takenIn == CONCLUDED.matcher(words).find() ? null : takenIn;
        });
    }

    /**
     * "全年共受理法律援助申请1,538件，经审查决定给予法律援助1,497件": the applications received and the cases granted of
     * them — the granted ones are the year's cases, the applications a suggestion saying what they are (round 57).
     */
    private static boolean grantedBesideTheApplications(String text, List<Integer> group, List<Candidate> found,
                                                        List<Candidate> out) {
        return oneKeptBesideTheOthers(text, group, found, out, APPLICATIONS_BESIDE_GRANTED, words -> {
            boolean applied = APPLICATIONS.matcher(words).find();
            return applied == GRANTED.matcher(words).find() ? null : !applied;
        });
    }

    /**
     * In a group of an intake count's rivals, each figure's clause says whether it is the one to keep (true), another
     * measure of the same cases (false) or neither (null, and nothing is decided). Exactly one kept and at least one
     * other: the others get {@code flag} and the group is no rivalry.
     */
    private static boolean oneKeptBesideTheOthers(String text, List<Integer> group, List<Candidate> found,
                                                  List<Candidate> out, String flag,
                                                  java.util.function.Function<String, Boolean> kept) {
        if (!INTAKE_COUNTS.contains(found.get(group.get(0)).indicator().code())) {
            return false;
        }
        List<Integer> keep = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i : group) {
            Boolean k = kept.apply(clauseBefore(text, found.get(i)));
            if (k == null) {
                return false;
            }
            (k ? keep : others).add(i);
        }
        if (keep.size() != 1 || others.isEmpty()) {
            return false;
        }
        others.forEach(i -> out.set(i, out.get(i).withFlag(flag)));
        return true;
    }

    /**
     * "法律援助案件办结812件，办结率94.4%", "办结法律援助案件812件，受理860件": a concluded count whose sentence goes on to
     * the rate of concluding or to the cases taken in is the concluded share, not the year's cases.
     */
    private static boolean concludedOfAnIntakeSaidLater(String text, Candidate c) {
        if (!INTAKE_COUNTS.contains(c.indicator().code())) {
            return false;
        }
        String words = clauseBefore(text, c);
        if (!CONCLUDED.matcher(words).find() || INTAKE.matcher(words).find()) {
            return false;
        }
        return INTAKE_OR_RATE_LATER.matcher(text.substring(c.mention().end(), c.sentence().end())).find();
    }

    /** A clause opening with the jurisdiction's own words: "，我市行政机关负责人出庭应诉86件次". */
    private static final Pattern OWN_CLAUSE_OPENS = Pattern.compile("[，,；;]\\s*(?:其中[，,]?)?[我本][县区市旗]");

    /**
     * "三门峡市…出庭应诉率为98.6%，我市行政机关负责人出庭应诉86件次，出庭应诉率100%" (round 116 a): every other rival stands
     * before the figure, and a clause opening with the jurisdiction's own words stands between them and it — the rate's
     * own clause names only the rate, the clause before it says whose it is.
     */
    private static boolean ownWordsSinceTheOthers(String text, Candidate c, List<Integer> group, List<Candidate> found) {
        int lastOther = -1;
        for (int i : group) {
            Candidate other = found.get(i);
            if (other == c) {
                continue;
            }
            if (other.mention().start() > c.mention().start()) {
                return false;
            }
            lastOther = Math.max(lastOther, other.mention().end());
        }
        return lastOther >= 0 && OWN_CLAUSE_OPENS.matcher(text.substring(lastOther, c.mention().start())).find();
    }

    /** The words of the figure's clause before it ("…，办结法律援助案件" of "…，办结法律援助案件465件"). */
    private static String clauseBefore(String text, Candidate c) {
        return PartsAroundTheSentence.ownClause(text.substring(c.sentence().start(), c.mention().start()));
    }

    /**
     * A doubted figure that competes with a rival in its own sentence makes a figure accepted elsewhere for the same
     * indicator doubtful too, unless its own flags already say why it differs from the whole: "人民调解：全年共调解
     * 矛盾纠纷5460件。坎门街道调解纠纷1020件，楚门镇调解纠纷860件": the towns' figures rival each other, not the
     * county's total.
     */
    static boolean doubtsTheChosen(Candidate other) {
        return other.flags().contains(COMPETING) && APART.stream().noneMatch(other.flags()::contains);
    }

    /** As {@link #doubtsTheChosen(Candidate)}, but no rival that is a part of what the accepted figure counts. */
    static boolean doubtsTheChosen(String text, Candidate chosen, Candidate other) {
        return doubtsTheChosen(other) && !partOfTheServices(text, chosen, other)
                && !ticketsOfOneBody(text, other) && !partListedAfterTheWhole(text, chosen, other);
    }

    /** The breakdown right after a whole: "（一审68件、二审15件）", "，其中一审68件、二审15件". */
    private static final Pattern BREAKDOWN_AFTER = Pattern.compile("^[件宗起卷份个项]?\\s*(?:[（(]([^（()）]{1,60})[)）]|[，,]其中([^；;。]{1,60}))");

    /**
     * "全县…行政诉讼案件共83件（一审68件、二审15件）" accepted, a table's row "行政诉讼一审案件（件） 86 79 68" elsewhere (r265):
     * a figure the whole's own breakdown lists as one of its parts is that part, no second answer for the whole.
     */
    static boolean partListedAfterTheWhole(String text, Candidate whole, Candidate part) {
        if (part.mention().value().compareTo(whole.mention().value()) >= 0) {
            return false;
        }
        int end = whole.mention().end();
        Matcher breakdown = BREAKDOWN_AFTER.matcher(text.substring(end, Math.max(end, whole.sentence().end())));
        if (!breakdown.find()) {
            return false;
        }
        String parts = breakdown.group(1) != null ? breakdown.group(1) : breakdown.group(2);
        return NumberParser.parse(parts).stream().anyMatch(n -> n.value().compareTo(part.mention().value()) == 0
                && Objects.equals(n.unit(), part.mention().unit()));
    }

    /**
     * "区市场监管局承办的热线工单办结率为99.8%": the hotline's tickets one department or town took on are some of the
     * jurisdiction's tickets, not a second answer for the whole (r229, read in the forty-ninth session).
     */
    private static final Pattern TICKETS_TAKEN_ON = Pattern.compile("承办的?(?:12345|热线|[^，,；;。\\d]{0,8}热线)?[^，,；;。\\d]{0,4}(?:工单|诉求)");

    private static boolean ticketsOfOneBody(String text, Candidate other) {
        return "hotline".equals(other.indicator().topic()) && other.flags().contains("subject_other_body")
                && TICKETS_TAKEN_ON.matcher(clauseBefore(text, other)).find();
    }

    /** Licences among the services, or one hall's items among the whole jurisdiction's. */
    static boolean partOfTheServices(String text, Candidate chosen, Candidate other) {
        return licencesAmongTheServices(text, chosen, other) || oneHallOfTheWhole(text, chosen, other);
    }

    /** The whole jurisdiction's word opening the clause: "全县依申请政务服务事项办件量", "2024年，全区…". */
    private static final Pattern WHOLE_WORD = Pattern.compile("全[县区市旗]");
    /** One hall by its name: "县政务服务中心", "区行政服务中心", "市民中心", "政务大厅". */
    private static final Pattern ONE_HALL = Pattern.compile("(?:政务服务|行政服务|市民服务|审批服务)(?:中心|大厅)|市民中心|政务大厅");

    /** Every level's halls: "各级政务服务中心", "各级便民服务中心". */
    private static final Pattern ALL_HALLS = Pattern.compile("各级(?:政务服务|行政服务|便民服务|审批服务)(?:中心|大厅|机构)");

    /**
     * "全县依申请政务服务事项办件量186.4万件" accepted, "县政务服务中心（含不动产、社保、医保等分中心）全年办件52.3万件"
     * elsewhere (r267): one hall's items, fewer than the whole jurisdiction's, are some of them, no second answer.
     * A hall alone, with no whole beside it, stays the jurisdiction's count as before.
     */
    static boolean oneHallOfTheWhole(String text, Candidate whole, Candidate hall) {
        if (!"licensing.handled".equals(whole.indicator().code())
                || hall.mention().value().compareTo(whole.mention().value()) >= 0) {
            return false;
        }
        String wholeWords = clauseBefore(text, whole);
        String hallWords = clauseBefore(text, hall);
        // "全区各级政务服务中心共办理…" names every hall, the whole's (r273)
        return WHOLE_WORD.matcher(wholeWords).find() && !ONE_HALL.matcher(ALL_HALLS.matcher(wholeWords).replaceAll("")).find()
                && ONE_HALL.matcher(hallWords).find() && !WHOLE_WORD.matcher(hallWords).find();
    }

    /**
     * "全市全年共受理并办结各类依申请政务服务事项128.6万件" accepted, "全市行政执法机关全年办理行政处罚案件8,342件、行政许可
     * 4.37万件" elsewhere: licences are among the government services the accepted count takes in — a smaller count of
     * them is a part of it, no second answer (round 71).
     */
    static boolean licencesAmongTheServices(String text, Candidate chosen, Candidate other) {
        if (!"licensing.handled".equals(chosen.indicator().code())) {
            return false;
        }
        String chosenWords = clauseBefore(text, chosen);
        String otherWords = clauseBefore(text, other);
        return chosenWords.contains("政务服务") && otherWords.contains("许可") && !otherWords.contains("政务服务")
                && other.mention().value().compareTo(chosen.mention().value()) < 0;
    }

    /**
     * Flags that name a figure as a piece of the whole: a sub-unit's, one channel's or a part's. Not another body's
     * (other_body): a centre's or a higher level's figure of the same matter is no piece of the county's, and when
     * the accepted figure is itself another level's that the rules did not see ("绍兴市全年办理…1.36万件" in a county's
     * page), the rival is what keeps it from being a value.
     */
    private static final List<String> APART = List.of("sub_unit", "part_of_total", "after_qizhong", "one_channel");

    private static boolean contends(String text, Candidate c) {
        return c.eligible()
                // "新收…254件，加上2023年结转的17件，共办理复议案件271件": the workload with the carried-over cases added in
                // is no rival of the year's intake (round 57)
                && !FigureJudge.carriedOverAdded(text.substring(c.sentence().start(), c.mention().start())) && c.confidence() >= Verdict.SUGGESTION_FLOOR && !Verdict.weaklyNamed(c)
                && !c.flags().contains("part_of_total") && !c.flags().contains("after_qizhong")
                && !c.flags().contains(LookalikeRates.FLAG) // "直接纠错率…，综合纠错率…": another measure, no rival
                // "全年…612件…；1—11月办理…561件": the months up to the report's writing are no rival of the year's
                // figure the report states beside them (round 54, r147)
                && !c.flags().contains(Periods.PARTIAL_LATE);
    }
}
