package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which government a report is about. Names from the gazetteer are weighed by where they
 * appear (title, issuing body and addressee weigh most, then the opening of the body), by whether the
 * report calls itself 全县/我区/全市 in a way that fits the name, and a name shared by several divisions
 * (城东区) is settled by the parents the text mentions (西宁市, 青海). When that is not enough the
 * answer is null with a warning, never a guess.
 */
public final class JurisdictionResolver {
    private static final Pattern ZONE_NAME = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,12}?(?:高新技术产业开发区|经济技术开发区|高新技术开发区|经济开发区|高新区|经开区|示范区|开发区|新区|工业园区|产业园区))");
    private static final double TITLE = 8;
    private static final double ISSUER = 6;
    private static final double OPENING = 2;
    private static final double BODY = 1;

    private final Gazetteer gazetteer;
    private final NameScanner scanner;

    public JurisdictionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.scanner = new NameScanner(gazetteer);
    }

    /**
     * @param title    report title (normalised) or null
     * @param header   issuing body, addressee and signature lines (normalised), may be empty
     * @param body     the normalised text
     * @param warnings where to say why nothing could be resolved
     */
    public Jurisdiction resolve(String title, String header, String body, List<String> warnings) {
        Map<String, Double> nameScores = new HashMap<>();
        Map<String, Double> parentEvidence = new HashMap<>();
        score(title, TITLE, nameScores, parentEvidence, true);
        score(header, ISSUER, nameScores, parentEvidence, true);
        java.util.Set<String> named = java.util.Set.copyOf(nameScores.keySet());
        score(body, BODY, nameScores, parentEvidence, false);
        String selfSuffix = dominantSelfReference(body);
        String best = null;
        double bestScore = 0;
        for (Map.Entry<String, Double> e : nameScores.entrySet()) {
            double s = e.getValue();
            String name = e.getKey().contains("@") ? e.getKey().substring(0, e.getKey().indexOf('@')) : e.getKey();
            if (selfSuffix != null && suffixFits(name, selfSuffix)) {
                s *= 1.5;
            }
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null || bestScore < 2) {
            Jurisdiction zone = unlistedZone(title, header, parentEvidence);
            if (zone != null) {
                warnings.add("jurisdiction: development zone " + zone.name() + " is not in the gazetteer; its parent was taken from the text");
                return zone;
            }
            warnings.add("jurisdiction: no government named in the title, issuer or text could be matched to the gazetteer");
            return null;
        }
        best = namedChildOf(best, named);
        Jurisdiction titledZone = zoneTheTitleNames(title, best, parentEvidence);
        if (titledZone != null) {
            warnings.add("jurisdiction: development zone " + titledZone.name() + " is not in the gazetteer; its parent was taken from the text");
            return titledZone;
        }
        if (onlyTheCityAbove(best, named, selfSuffix, nameScores)) {
            warnings.add("jurisdiction: the report speaks as a county or district but names only " + nameOf(best)
                    + ", the city above it; set it by hand");
            return null;
        }
        if (best.contains("@")) {
            String name = best.substring(0, best.indexOf('@'));
            String parent = best.substring(best.indexOf('@') + 1);
            for (Division d : gazetteer.named(name)) {
                if (parent.equals(String.valueOf(d.parentCode()))) {
                    return d.toJurisdiction();
                }
            }
        }
        return pick(best, parentEvidence, warnings);
    }

    /**
     * A county's or a district's report that never names itself ("关于2024年度全县行政复议…的报告", only "由温州市人民政府
     * 管辖" in the text): the one government it names is the city above it, and taking that city would file the
     * county's figures under the city. So when the best name stands only in the text, is a prefecture-level city,
     * the report calls itself 全县/我区/本旗 and no name of that level was found, the answer is none (the user sets it).
     * A city in the title or the header lines (issuer, addressee) is left to the scores as before.
     */
    private boolean onlyTheCityAbove(String best, java.util.Set<String> inTitleOrHeader, String selfSuffix,
                                     Map<String, Double> scores) {
        if (selfSuffix == null || "县区旗".indexOf(selfSuffix) < 0) {
            return false;
        }
        String name = nameOf(best);
        if (suffixFits(name, selfSuffix) || inTitleOrHeader.contains(best)) {
            return false;
        }
        if (scores.keySet().stream().map(JurisdictionResolver::nameOf).anyMatch(n -> suffixFits(n, selfSuffix))) {
            return false;
        }
        return !gazetteer.named(name).isEmpty()
                && gazetteer.named(name).stream().allMatch(d -> d.level() == JurisdictionLevel.CITY);
    }

    /**
     * "彭州市人民政府关于2024年度…的报告" addressed to "成都市人民政府：" and full of 成都市's work: the city above is named
     * more often than the county-level city itself, but the title, the issuer and the signature name the government
     * that reports, and the city above is the one it reports to (r234). The division they name is taken when the best
     * is its parent.
     *
     * @param named the names the title and the header lines (issuer, same-level addressees, signature) hold, as scored
     */
    private String namedChildOf(String best, java.util.Set<String> named) {
        String child = null;
        for (String key : named) {
            if (!key.equals(best) && isParentOf(nameOf(best), nameOf(key))) {
                if (child != null && !child.equals(key)) {
                    return best; // two of its divisions named there: no single one reports
                }
                child = key;
            }
        }
        return child == null ? best : child;
    }

    private static String nameOf(String key) {
        return key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
    }

    private void score(String text, double weight, Map<String, Double> scores, Map<String, Double> parents,
                       boolean prominent) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<NameScanner.Hit> hits = scanner.scan(text);
        for (int k = 0; k < hits.size(); k++) {
            NameScanner.Hit hit = hits.get(k);
            NameScanner.Hit previous = k > 0 ? hits.get(k - 1) : null;
            boolean qualified = previous != null && previous.end() == hit.start();
            double w = weight;
            if (!prominent && hit.start() < 600) {
                w = OPENING;
            }
            addParentEvidence(hit.name(), parents, 1);
            if (hit.shortForm()) {
                continue;
            }
            NameScanner.Hit next = k + 1 < hits.size() ? hits.get(k + 1) : null;
            if (next != null && next.start() == hit.end() && isParentOf(hit.name(), next.name())) {
                continue; // 咸宁市 in 咸宁市通山县 qualifies the county; it is not the subject
            }
            if (hit.name().length() <= 2 && !qualified && !(prominent && hit.start() == 0)) {
                continue; // 城区, 郊区, 南县: common words unless their city comes right before them
            }
            if (qualified) {
                // 西宁市城东区: the parent right before the name settles which 城东区 it is
                parents.merge(previous.name() + "|" + hit.name(), 10.0, Double::sum);
            }
            scores.merge(key(hit.name()), w, Double::sum);
        }
    }

    /**
     * Scores add up per division: the aliases 内蒙古阿拉善高新技术产业开发区 and 阿拉善高新区 count for the same
     * zone. A name several divisions share (城东区) is kept as a name and settled by its parents later.
     */
    private String key(String name) {
        List<Division> named = gazetteer.named(name);
        return named.size() == 1 ? named.get(0).name() + "@" + named.get(0).parentCode() : name;
    }

    private boolean isParentOf(String parent, String child) {
        for (Division c : gazetteer.named(child)) {
            for (Division p : gazetteer.named(parent)) {
                if (p.code() != null && (p.code().equals(c.parentCode())
                        || (p.level() == JurisdictionLevel.PROVINCE && c.province().equals(p.name())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void addParentEvidence(String name, Map<String, Double> parents, double w) {
        for (Division d : gazetteer.named(name)) {
            if (d.level() == JurisdictionLevel.PROVINCE || d.level() == JurisdictionLevel.CITY) {
                parents.merge(d.name(), w, Double::sum);
            }
        }
        for (Division d : gazetteer.shortNamed(name)) {
            parents.merge(d.name(), w, Double::sum);
        }
    }

    private Jurisdiction pick(String name, Map<String, Double> parents, List<String> warnings) {
        List<Division> options = gazetteer.named(name);
        if (options.size() == 1) {
            return options.get(0).toJurisdiction();
        }
        List<Division> ranked = new ArrayList<>(options);
        Map<Division, Double> evidence = new HashMap<>();
        for (Division d : options) {
            double e = parents.getOrDefault(d.province(), 0.0);
            if (d.city() != null && !d.city().equals(d.province())) {
                e += 2 * parents.getOrDefault(d.city(), 0.0);
                e += parents.getOrDefault(d.city() + "|" + name, 0.0);
                for (String s : Gazetteer.shortForms(new Division(null, null, d.city(), JurisdictionLevel.CITY, null,
                        d.province(), d.city()))) {
                    e += parents.getOrDefault(s + "|" + name, 0.0);
                }
            }
            e += parents.getOrDefault(d.province() + "|" + name, 0.0);
            evidence.put(d, e);
        }
        ranked.sort(Comparator.comparingDouble((Division d) -> evidence.get(d)).reversed());
        double top = evidence.get(ranked.get(0));
        double second = evidence.get(ranked.get(1));
        if (top <= 0 || top == second) {
            StringBuilder b = new StringBuilder();
            for (Division d : ranked) {
                b.append(b.isEmpty() ? "" : ", ").append(d.toJurisdiction().fullName());
            }
            warnings.add("jurisdiction: " + name + " is ambiguous (" + b + ") and the text does not say which; set it by hand");
            return null;
        }
        return ranked.get(0).toJurisdiction();
    }

    /** 全县/我区/本市…: which kind of government the report speaks as (a plain scan: this runs over the whole text). */
    private static String dominantSelfReference(String body) {
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '全' || c == '我' || c == '本' || c == '该') {
                char level = body.charAt(i + 1);
                if ("县区市旗州盟省".indexOf(level) >= 0) {
                    counts.merge(level, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(e -> String.valueOf(e.getKey())).orElse(null);
    }

    private static boolean suffixFits(String name, String suffix) {
        if (name.endsWith(suffix)) {
            return true;
        }
        return suffix.equals("区") && (name.endsWith("开发区") || name.endsWith("高新区") || name.endsWith("经开区"));
    }

    /**
     * The title names a zone the gazetteer does not list ("嘉兴经济技术开发区2021年度法治政府建设情况报告") and the best-scored
     * name stands nowhere in the title outside the zone's own name: that name came from the addressee ("嘉兴市人民政府：") or
     * the text, the zone's parent the report is sent to, and the report is the zone's. Null otherwise.
     */
    private Jurisdiction zoneTheTitleNames(String title, String best, Map<String, Double> parents) {
        if (title == null) {
            return null;
        }
        Matcher m = ZONE_NAME.matcher(title.replaceFirst("^关于", ""));
        if (!m.find() || !gazetteer.named(m.group(1).replaceFirst("^(关于|中共)", "")).isEmpty()) {
            return null;
        }
        String bestName = best.contains("@") ? best.substring(0, best.indexOf('@')) : best;
        String outsideTheZone = title.replace(m.group(1), "");
        if (outsideTheZone.contains(bestName)) {
            return null;
        }
        return unlistedZone(title, "", parents);
    }

    /**
     * "长兴经济技术开发区", "安吉经济开发区": a zone named after the county that hosts it, with no city named in the text. Its
     * parent is that county's city (the zone reports to it beside the county), so the report gets a jurisdiction — a
     * zone's, whose 全县 and 县政府 are the host county's — instead of none. Only a county's name (or short name) that
     * opens the zone's name (with its level character: 长兴 → 长兴县) and is one county's alone counts.
     */
    private Division cityOfTheHostCounty(String zone) {
        for (int len = Math.min(4, zone.length() - 2); len >= 2; len--) {
            String head = zone.substring(0, len);
            List<Division> counties = new ArrayList<>(gazetteer.named(head));
            for (String level : new String[]{"县", "区", "市", "旗"}) { // 长兴 → 长兴县, 平湖 → 平湖市 (a county-level city)
                counties.addAll(gazetteer.named(head + level));
            }
            counties.removeIf(d -> d.level() != JurisdictionLevel.COUNTY && d.level() != JurisdictionLevel.DISTRICT);
            if (counties.size() != 1 || counties.get(0).city() == null) {
                continue;
            }
            Division county = counties.get(0);
            return gazetteer.named(county.city()).stream()
                    .filter(d -> d.level() == JurisdictionLevel.CITY && d.province().equals(county.province()))
                    .findFirst().orElse(null);
        }
        return null;
    }

    /** A zone named in the title or by the issuer but missing from the gazetteer: level zone, parent from the text. */
    private Jurisdiction unlistedZone(String title, String header, Map<String, Double> parents) {
        for (String s : new String[]{title, header}) {
            if (s == null) {
                continue;
            }
            Matcher m = ZONE_NAME.matcher(s.replaceFirst("^关于", ""));
            if (!m.find()) {
                continue;
            }
            String zone = m.group(1).replaceFirst("^(关于|中共)", "");
            Division parent = parents.entrySet().stream()
                    .filter(e -> !e.getKey().contains("|"))
                    .flatMap(e -> gazetteer.named(e.getKey()).stream()
                            .filter(d -> d.level() == JurisdictionLevel.CITY)
                            .map(d -> Map.entry(d, e.getValue())))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (parent == null) {
                parent = cityOfTheHostCounty(zone);
            }
            if (parent == null) {
                return null;
            }
            String display = Gazetteer.withoutProvincePrefix(zone, parent.province());
            return new Jurisdiction(null, display, parent.province() + parent.name() + display.replaceFirst("^" + parent.name(), ""),
                    JurisdictionLevel.ZONE, parent.code(), parent.province(), parent.name());
        }
        return null;
    }
}
