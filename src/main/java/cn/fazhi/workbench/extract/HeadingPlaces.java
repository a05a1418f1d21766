package cn.fazhi.workbench.extract;

/**
 * "1.吴兴区：深化“一窗通办”改革", "（二）长兴县打造“枫桥式”调解品牌", "（一）吴兴区、南浔区": a heading that opens with
 * another county, district or city the gazetteer knows makes the figures under it that place's, as a city's report
 * gives its counties' highlights (round 50). A heading of the place's name alone is read by {@link HeadingSubjects}
 * without the gazetteer.
 */
final class HeadingPlaces {
    private HeadingPlaces() {
    }

    /** The heading opens with another jurisdiction's full name, and the sentence does not name the report's own. */
    static boolean opensWithAnother(NameScanner names, String heading, String beforeInSentence, Scope scope) {
        String own = scope.ownName();
        if (names == null || heading == null || heading.isBlank() || own == null || own.isEmpty()
                || OwnMentions.lastOwn(beforeInSentence, scope) >= 0) {
            return false;
        }
        String words = HeadingSubjects.wordsOf(heading);
        if (words.contains(own)) {
            return false; // "湖州市吴兴区人民政府…": the parents before the report's own name
        }
        for (NameScanner.Hit hit : names.scan(words)) {
            if (hit.start() != 0) {
                return false;
            }
            if (!hit.shortForm() && hit.name().length() > 2) {
                return !(hit.name().equals(own) || own.contains(hit.name()) || hit.name().contains(own));
            }
        }
        return false;
    }
}
