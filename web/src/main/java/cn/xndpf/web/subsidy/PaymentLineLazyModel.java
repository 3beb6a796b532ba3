package cn.xndpf.web.subsidy;

import cn.xndpf.application.shared.Page;
import cn.xndpf.application.subsidy.PaymentLineView;
import cn.xndpf.application.subsidy.PaymentRollService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Pages through a roll's lines in the database, one service call per page. */
public class PaymentLineLazyModel extends LazyDataModel<PaymentLineView> {

    private static final long serialVersionUID = 1L;

    /** The roll and status filter the table shows (roll null: none chosen yet). */
    public interface Selection extends Supplier<Object[]>, java.io.Serializable {
    }

    private final PaymentRollService service;
    private final Selection selection;

    public PaymentLineLazyModel(PaymentRollService service, Selection selection) {
        this.service = service;
        this.selection = selection;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Object[] s = selection.get();
        return s[0] == null ? 0 : (int) Math.min(Integer.MAX_VALUE, service.countLines((Long) s[0], (String) s[1]));
    }

    @Override
    public List<PaymentLineView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
        Object[] s = selection.get();
        if (s[0] == null) {
            setRowCount(0);
            return List.of();
        }
        Page<PaymentLineView> page = service.lines((Long) s[0], (String) s[1], first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(PaymentLineView line) {
        return Long.toString(line.lineId());
    }

    @Override
    public PaymentLineView getRowData(String rowKey) {
        return getWrappedData().stream().filter(l -> getRowKey(l).equals(rowKey)).findFirst().orElse(null);
    }
}
