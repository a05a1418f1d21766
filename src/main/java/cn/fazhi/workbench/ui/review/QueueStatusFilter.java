package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.QueueItem;

import java.util.Locale;
import java.util.function.Predicate;

/** Which items the 待审核 list shows: 待审核 (the default), only suggestions, only values, 已审核, 全部. */
public enum QueueStatusFilter {
    TODO(i -> !i.reviewed()),
    SUGGESTIONS(i -> i.kind() == QueueItem.Kind.SUGGESTION && !i.reviewed()),
    VALUES(i -> i.kind() == QueueItem.Kind.VALUE && !i.reviewed()),
    REVIEWED(QueueItem::reviewed),
    ALL(i -> true);

    private final Predicate<QueueItem> test;

    QueueStatusFilter(Predicate<QueueItem> test) {
        this.test = test;
    }

    /** Whether the list shows {@code item} under this filter. */
    boolean shows(QueueItem item) {
        return test.test(item);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
