package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.JurisdictionLevel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The administrative divisions of China (all provinces, cities and county-level units) and the
 * development zones, loaded from resources/gazetteer/divisions.tsv, with the names and short forms
 * under which reports mention them.
 */
public final class Gazetteer {
    public static final String RESOURCE = "/fazhi/gazetteer/divisions.tsv";
    private static volatile Gazetteer bundled;
    private static final java.util.regex.Pattern GENERIC_ZONE_START = java.util.regex.Pattern.compile(
            "高新|经济|国家|综合|保税|工业|产业|开发区|示范区|新区|转型|出口|边境|旅游|农业|科技|市|省");

    private final List<Division> divisions;
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, Division> byCode = new HashMap<>();
    /** Short forms of provinces and cities (新疆, 乌鲁木齐, 海北州): evidence for a parent, never a candidate. */
    private final Map<String, List<Division>> byShortName = new HashMap<>();

    public Gazetteer(List<Division> divisions) {
        this.divisions = List.copyOf(divisions);
        for (Division d : divisions) {
            if (d.code() != null) {
                byCode.put(d.code(), d);
            }
            for (String alias : aliases(d)) {
                byName.computeIfAbsent(alias, k -> new ArrayList<>()).add(d);
            }
            if (d.level() == JurisdictionLevel.PROVINCE || d.level() == JurisdictionLevel.CITY) {
                for (String s : shortForms(d)) {
                    byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
                }
            }
        }
    }

    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) {
                    g = load();
                    bundled = g;
                }
            }
        }
        return g;
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Division> list = new ArrayList<>();
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                list.add(new Division(emptyToNull(f[0]), emptyToNull(f[1]), f[2], JurisdictionLevel.fromId(f[3]),
                        emptyToNull(f[4]), f[5], emptyToNull(f[6])));
            }
            return new Gazetteer(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public List<Division> divisions() {
        return divisions;
    }

    public Division byCode(String code) {
        return byCode.get(code);
    }

    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public List<Division> shortNamed(String name) {
        return byShortName.getOrDefault(name, List.of());
    }

    /**
     * Divisions a person may mean by {@code query}: a six-digit code, an official or short name
     * (阿拉善高新区), or a full name with parents (青海省西宁市城东区).
     */
    public List<Division> find(String query) {
        String q = query.strip();
        if (q.matches("\\d{6}")) {
            Division d = byCode.get(q);
            return d == null ? List.of() : List.of(d);
        }
        List<Division> direct = named(q);
        if (!direct.isEmpty()) {
            return direct;
        }
        List<Division> out = new ArrayList<>();
        for (Division d : divisions) {
            if (d.toJurisdiction().fullName().equals(q) || d.toJurisdiction().fullName().endsWith(q)) {
                out.add(d);
            }
        }
        return out;
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    public Set<String> shortNames() {
        return Collections.unmodifiableSet(byShortName.keySet());
    }

    /** Names under which a division may appear as the subject of a report. */
    static Set<String> aliases(Division d) {
        Set<String> out = new LinkedHashSet<>();
        out.add(d.name());
        if (d.level() == JurisdictionLevel.ZONE) {
            String shortName = withoutProvincePrefix(d.name(), d.province());
            out.add(shortName);
            for (String n : List.copyOf(out)) {
                out.add(n.replace("高新技术产业开发区", "高新区").replace("经济技术开发区", "经开区"));
            }
        }
        if (d.level() == JurisdictionLevel.COUNTY && d.name().matches(".{2,}(族|族自治)县")) {
            // 大通回族土族自治县 is often written 大通县
            String base = d.name().replaceAll("(([^族]{1,3}族)+)?自治县$", "");
            if (base.length() >= 2 && !base.equals(d.name())) {
                out.add(base + "县");
            }
        }
        return out;
    }

    static Set<String> shortForms(Division d) {
        Set<String> out = new LinkedHashSet<>();
        String n = d.name();
        if (d.level() == JurisdictionLevel.PROVINCE) {
            String s = n.replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "");
            if (s.length() >= 2) {
                out.add(s);
            }
        } else {
            String s = n.replaceAll("(市|地区|盟)$", "");
            if (n.endsWith("自治州")) {
                String base = n.substring(0, 2);
                out.add(base + "州");
                s = base;
            }
            if (s.length() >= 2) {
                out.add(s);
            }
        }
        out.remove(n);
        return out;
    }

    /** 内蒙古阿拉善高新技术产业开发区 -> 阿拉善高新技术产业开发区 */
    static String withoutProvincePrefix(String name, String province) {
        String shortProvince = province.replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
        for (String prefix : List.of(province, shortProvince)) {
            if (!prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length() + 2) {
                String rest = name.substring(prefix.length());
                // 吉林高新技术产业开发区: 吉林 is the city here, and 高新技术产业开发区 alone names nothing.
                if (!GENERIC_ZONE_START.matcher(rest).lookingAt()) {
                    return rest;
                }
            }
        }
        return name;
    }
}
