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
 * The caller's review queue, one page per service call, oldest due date first (the service's order, so
 * the columns are not sortable).
 */
public class CaseQueueModel extends LazyDataModel<CaseView> {

    private static final long serialVersionUID = 1L;

    private final CaseWorkflowService workflow;

    public CaseQueueModel(CaseWorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, workflow.myQueue(0, 1).total());
    }

    @Override
    public List<CaseView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<CaseView> page = workflow.myQueue(first, pageSize);
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
