package cn.fazhi.workbench.export;

import java.util.List;

/**
 * One piece of the 通报 as the text template makes it, before layout: a paragraph of some kind, or a table
 * whose first row is its header.
 */
record BriefingBlock(Kind kind, String text, List<List<String>> rows) {
    enum Kind { TITLE, ADDRESSEE, HEADING1, HEADING2, BODY, TABLE, SIGNATURE, PAGE_BREAK, ANNEX }

    BriefingBlock {
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    static BriefingBlock of(Kind kind, String text) {
        return new BriefingBlock(kind, text, null);
    }

    static BriefingBlock table(List<List<String>> rows) {
        return new BriefingBlock(Kind.TABLE, "", rows);
    }
}
