package cn.xndpf.web.subsidy;

import cn.xndpf.application.shared.Page;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * A list of cases one page per service call (the caller's review queue, the overdue cases), in the service's
 * order (oldest due date first), so the columns are not sortable.
 */
public class CaseQueueModel extends LazyDataModel<CaseView> {

    private static final long serialVersionUID = 1L;

    /** A page of the list: {@link CaseWorkflowService#myQueue}, {@link CaseWorkflowService#overdue}. */
    @FunctionalInterface
    public interface Pages extends java.io.Serializable {
        Page<CaseView> page(int first, int max);
    }

    private final Pages pages;

    public CaseQueueModel(Pages pages) {
        this.pages = pages;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, pages.page(0, 1).total());
    }

    @Override
    public List<CaseView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<CaseView> page = pages.page(first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(CaseView c) {
        return Long.toString(c.id());
    }

    @Override
    public CaseView getRowData(String rowKey) {
        return getWrappedData().stream().filter(c -> getRowKey(c).equals(rowKey)).findFirst().orElse(null);
    }
}
