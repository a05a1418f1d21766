package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.store.ReviewQueueStore;

import java.util.List;

/** Use case: the 待审核 queue across the workspace (values and suggestions in review order, with filters). */
public final class ReviewQueue {
    private final WorkspaceSession session;

    public ReviewQueue(WorkspaceSession session) {
        this.session = session;
    }

    /**
     * Every value and open or dismissed suggestion of the reports in force that matches, in review order
     * ({@link QueueOrder}: places in pinyin order); null filters match all.
     */
    public List<QueueItem> items(Integer year, String city, String indicator) throws WorkspaceException {
        List<String> core = session.catalogue().indicators().stream().filter(Indicator::core).map(Indicator::code).toList();
        return QueueOrder.sort(session.queueStore().queue(new ReviewQueueStore.Filter(year, city, indicator), core));
    }

    /** Years and 地市 present in the reports in force. */
    public Options options() throws WorkspaceException {
        ReviewQueueStore.Options o = session.queueStore().options();
        return new Options(o.years(), o.cities());
    }

    /** The choices of the year and 地市 filters. */
    public record Options(List<Integer> years, List<String> cities) {
    }
}
