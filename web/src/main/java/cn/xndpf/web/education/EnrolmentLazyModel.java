package cn.xndpf.web.education;

import cn.xndpf.application.education.EnrolmentEntry;
import cn.xndpf.application.education.EnrolmentReportService;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.education.EnrolmentState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The enrolment list one page per service call, in the service's order (division, name), so the columns are
 * not sortable; the school year and the state come from the form.
 */
public class EnrolmentLazyModel extends LazyDataModel<EnrolmentEntry> {

    private static final long serialVersionUID = 1L;

    private final EnrolmentReportService enrolments;
    private final String schoolYear;
    private final EnrolmentState state;

    public EnrolmentLazyModel(EnrolmentReportService enrolments, String schoolYear, EnrolmentState state) {
        this.enrolments = enrolments;
        this.schoolYear = schoolYear;
        this.state = state;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, enrolments.children(schoolYear, state, 0, 1).total());
    }

    @Override
    public List<EnrolmentEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        Page<EnrolmentEntry> page = enrolments.children(schoolYear, state, first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(EnrolmentEntry e) {
        return Long.toString(e.personId());
    }

    @Override
    public EnrolmentEntry getRowData(String rowKey) {
        return getWrappedData().stream().filter(e -> getRowKey(e).equals(rowKey)).findFirst().orElse(null);
    }
}
