package cn.xndpf.web.subsidy;

import cn.xndpf.application.shared.Page;
import cn.xndpf.application.subsidy.FindingView;
import cn.xndpf.application.subsidy.SubsidyRecheckService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** Pages through the open findings of the user's jurisdiction, one service call a page. */
public class FindingLazyModel extends LazyDataModel<FindingView> {

    private static final long serialVersionUID = 1L;

    private final SubsidyRecheckService service;

    public FindingLazyModel(SubsidyRecheckService service) {
        this.service = service;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, service.openFindings(0, 1).total());
    }

    @Override
    public List<FindingView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        Page<FindingView> page = service.openFindings(first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(FindingView f) {
        return Long.toString(f.id());
    }

    @Override
    public FindingView getRowData(String rowKey) {
        return getWrappedData().stream().filter(f -> getRowKey(f).equals(rowKey)).findFirst().orElse(null);
    }
}
