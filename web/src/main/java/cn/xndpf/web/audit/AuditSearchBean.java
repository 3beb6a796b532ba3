package cn.xndpf.web.audit;

import cn.xndpf.application.audit.AuditService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** 审计日志: administrators search who did what to which record, with the state before and after. */
@Named("auditSearch")
@ViewScoped
public class AuditSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    @EJB
    private AuditService audit;

    @Inject
    private FacesMessages messages;

    private String actor;
    private String entityType;
    private String entityId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    private Criteria applied = new Criteria(null, null, null, null, null, null);
    private LazyDataModel<AuditRow> model;

    /** One row of the table, detached from the entity. */
    public record AuditRow(long id, String time, String actor, AuditAction action, String entityType,
                           String entityId, String divisionCode, String summary, String before, String after)
            implements Serializable {
        static AuditRow of(AuditEntry e) {
            return new AuditRow(e.id(), TIME.format(e.occurredAt()), e.actor(), e.action(), e.entityType(),
                    e.entityId(), e.divisionCode(), e.summary(), e.before(), e.after());
        }
    }

    record Criteria(String actor, String entityType, String entityId, AuditAction action, Instant from, Instant to)
            implements Serializable {
        AuditQuery toQuery() {
            return new AuditQuery(actor, entityType, entityId, action, from, to);
        }
    }

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, audit.count(applied.toQuery()));
            }

            @Override
            public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
                AuditQuery q = applied.toQuery();
                setRowCount((int) Math.min(Integer.MAX_VALUE, audit.count(q)));
                return audit.search(q, first, pageSize).stream().map(AuditRow::of).toList();
            }

            @Override
            public String getRowKey(AuditRow row) {
                return Long.toString(row.id());
            }
        };
    }

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            messages.globalError("audit.badRange");
            return;
        }
        applied = new Criteria(blankToNull(actor), blankToNull(entityType), blankToNull(entityId), action,
                from == null ? null : from.atStartOfDay(BEIJING).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BEIJING).toInstant());
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:entries");
        if (table instanceof DataTable dt) {
            dt.setFirst(0);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<AuditRow> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
