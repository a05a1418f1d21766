package cn.fazhi.workbench.extract;

import java.math.BigDecimal;

/** Reads Chinese numerals: 一百二十三, 两千, 三万五千, 一点五万, 九十五点五, 二〇二三 (digit by digit). */
public final class ChineseNumerals {
    static final String DIGITS = "〇零一二两三四五六七八九";
    static final String ALL = DIGITS + "十百千万亿点";

    private ChineseNumerals() {
    }

    static boolean isNumeralChar(char c) {
        return ALL.indexOf(c) >= 0;
    }

    static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** The value of a numeral string, or null when it is not a well-formed numeral. */
    public static BigDecimal parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean positional = s.chars().anyMatch(c -> "十百千万亿".indexOf(c) >= 0);
        int point = s.indexOf('点');
        if (!positional) {
            return digitByDigit(s, point);
        }
        if (point >= 0) {
            return decimalWithMultiplier(s, point);
        }
        return positionalValue(s);
    }

    /** 一点五万, 九十五点五: an integer part, decimal digits, then optional 万/亿. */
    private static BigDecimal decimalWithMultiplier(String s, int point) {
        int m = s.length();
        while (m > point && "万亿".indexOf(s.charAt(m - 1)) >= 0) {
            m--;
        }
        String decimals = s.substring(point + 1, m);
        if (decimals.isEmpty() || decimals.chars().anyMatch(c -> digit((char) c) < 0)) {
            return null;
        }
        BigDecimal intPart = point == 0 ? BigDecimal.ZERO : parse(s.substring(0, point));
        if (intPart == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder("0.");
        decimals.chars().forEach(c -> digits.append(digit((char) c)));
        BigDecimal v = intPart.add(new BigDecimal(digits.toString()));
        for (char c : s.substring(m).toCharArray()) {
            v = v.multiply(c == '万' ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
        }
        return v;
    }

    private static BigDecimal positionalValue(String s) {
        long total = 0;
        long section = 0;
        long current = -1;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d == 0 ? (current < 0 ? -1 : current) : d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 0;
            };
            if (unit > 0) {
                section += (current < 0 ? 1 : current) * unit;
                current = -1;
            } else if (c == '万') {
                total += (section + Math.max(current, 0)) * 10_000;
                section = 0;
                current = -1;
            } else if (c == '亿') {
                total = (total + section + Math.max(current, 0)) * 100_000_000;
                section = 0;
                current = -1;
            } else {
                return null;
            }
        }
        return BigDecimal.valueOf(total + section + Math.max(current, 0));
    }

    private static BigDecimal digitByDigit(String s, int point) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '点') {
                if (i != point) {
                    return null;
                }
                b.append('.');
                continue;
            }
            int d = digit(c);
            if (d < 0) {
                return null;
            }
            b.append(d);
        }
        if (b.isEmpty() || b.charAt(b.length() - 1) == '.') {
            return null;
        }
        return new BigDecimal(b.toString());
    }
}
