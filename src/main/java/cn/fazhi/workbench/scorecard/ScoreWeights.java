package cn.fazhi.workbench.scorecard;

import java.util.Locale;

/**
 * How much each criterion counts in a report's total. Any non-negative whole numbers; the total divides
 * by their sum, so "1,1,1,1" weighs the four equally.
 *
 * <p>The defaults (published 20, on time 20, structure 30, substance 30) are this workbench's own choice,
 * not a published weighting: they follow the criteria third-party assessments of these reports use
 * (published and findable, on time, the five parts 督察工作规定 art. 25 requires, concrete content), and give
 * form and content more weight than the two yes/no criteria because those already decide much of a
 * late or missing report's total. The office changes them in 设置 or with {@code --weights}.
 */
public record ScoreWeights(int published, int onTime, int structure, int substance) {
    public static final ScoreWeights DEFAULT = new ScoreWeights(20, 20, 30, 30);

    public ScoreWeights {
        if (published < 0 || onTime < 0 || structure < 0 || substance < 0
                || published + onTime + structure + substance == 0) {
            throw new IllegalArgumentException("weights must be non-negative and not all zero");
        }
    }

    /** "20,20,30,30" (published, on time, structure, substance). */
    public static ScoreWeights parse(String text) {
        String[] p = text.strip().split("\\s*[,，]\\s*");
        if (p.length != 4) {
            throw new IllegalArgumentException("four weights are needed (published,on time,structure,substance): " + text);
        }
        try {
            return new ScoreWeights(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                    Integer.parseInt(p[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weights are whole numbers: " + text, e);
        }
    }

    public int sum() {
        return published + onTime + structure + substance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d,%d,%d,%d", published, onTime, structure, substance);
    }
}
