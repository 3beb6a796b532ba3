package cn.xndpf.web.subsidy;

import cn.xndpf.application.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Pages through one list of an import run's report (its problems, or its imported rows) in the database. */
public class ImportRowsLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the list, from the service; null when no run is chosen. */
    public interface Pages<T> extends Serializable {
        Page<T> page(int first, int max);
    }

    private final Pages<T> pages;

    public ImportRowsLazyModel(Pages<T> pages) {
        this.pages = pages;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> p = pages.page(0, 1);
        return p == null ? 0 : (int) Math.min(Integer.MAX_VALUE, p.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> p = pages.page(first, pageSize);
        if (p == null) {
            setRowCount(0);
            return List.of();
        }
        setRowCount((int) Math.min(Integer.MAX_VALUE, p.total()));
        return p.rows();
    }

    @Override
    public String getRowKey(T row) {
        return Integer.toString(System.identityHashCode(row));
    }
}
