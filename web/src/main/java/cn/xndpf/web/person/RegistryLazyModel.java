package cn.xndpf.web.person;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.person.RegistryEntry;
import cn.xndpf.domain.person.RegistryQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pages through the registry in the database: each page is one service call, so the table works over
 * the whole registry without loading it. Filters come from the search form, sorting from the columns.
 */
public class RegistryLazyModel extends LazyDataModel<RegistryEntry> {

    private static final long serialVersionUID = 1L;

    /** The criteria of the search form, without sorting; the service adds the jurisdiction. */
    public interface Criteria extends Supplier<RegistryQuery>, Serializable {
    }

    private final RegistryService registry;
    private final Criteria criteria;

    public RegistryLazyModel(RegistryService registry, Criteria criteria) {
        this.registry = registry;
        this.criteria = criteria;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, registry.count(criteria.get()));
    }

    @Override
    public List<RegistryEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        RegistryQuery q = criteria.get();
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .findFirst().orElse(null);
        RegistryQuery sorted = new RegistryQuery(q.jurisdiction(), q.text(), q.division(), q.category(), q.level(),
                q.status(), sort == null ? null : sort.getField(), sort == null || sort.getOrder() == SortOrder.ASCENDING);
        Page<RegistryEntry> page = registry.search(sorted, first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(RegistryEntry entry) {
        return Long.toString(entry.personId());
    }

    @Override
    public RegistryEntry getRowData(String rowKey) {
        return getWrappedData().stream().filter(e -> getRowKey(e).equals(rowKey)).findFirst().orElse(null);
    }
}
