package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A household under return-to-poverty monitoring (防返贫监测): from a day not in the future, with at least one risk
 * kind, the measures taken (帮扶措施) while the risk is open, and the day the risk was removed (风险消除), once, from
 * the start (and its last measure) to today. A removed monitoring takes no more measures.
 */
@Entity
@Table(name = "poverty_monitoring")
public class PovertyMonitoring {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "division_code", nullable = false, updatable = false)
    private DivisionCode division;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "note", updatable = false)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "poverty_monitoring_risk", joinColumns = @JoinColumn(name = "monitoring_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_kind", nullable = false)
    private Set<RiskKind> risks = EnumSet.noneOf(RiskKind.class);

    @OneToMany(mappedBy = "monitoring", cascade = CascadeType.ALL)
    @OrderBy("takenOn, id")
    private List<PovertyMeasure> measures = new ArrayList<>();

    @Column(name = "risk_removed_on")
    private LocalDate riskRemovedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Version
    private int version;

    protected PovertyMonitoring() {
    }

    public PovertyMonitoring(long householdId, DivisionCode division, LocalDate startedOn, Set<RiskKind> risks,
                             String note, String recordedBy, LocalDate today) {
        if (startedOn == null) {
            throw new InvalidValueException("startedOn", "date.required");
        }
        if (startedOn.isAfter(today)) {
            throw new InvalidValueException("startedOn", "date.future");
        }
        if (risks == null || risks.isEmpty() || risks.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("risks", "poverty.riskRequired");
        }
        this.householdId = householdId;
        this.division = division;
        this.startedOn = startedOn;
        this.risks = EnumSet.copyOf(risks);
        this.note = text(note, "note");
        this.recordedBy = recordedBy;
    }

    /** A measure taken on {@code day}, from the start to today, while the risk is open. */
    public PovertyMeasure take(MeasureKind kind, LocalDate day, String note, LocalDate today) {
        requireOpen();
        if (kind == null) {
            throw new InvalidValueException("measureKind", "poverty.measureKindRequired");
        }
        day(day, "takenOn", today);
        PovertyMeasure m = new PovertyMeasure(this, kind, day, text(note, "measureNote"));
        measures.add(m);
        return m;
    }

    /** 风险消除 on {@code day}: once, not before the start nor the last measure, not in the future. */
    public void removeRisk(LocalDate day, LocalDate today) {
        requireOpen();
        day(day, "riskRemovedOn", today);
        LocalDate lastMeasure = measures.stream().map(PovertyMeasure::takenOn).max(LocalDate::compareTo).orElse(null);
        if (lastMeasure != null && day.isBefore(lastMeasure)) {
            throw new InvalidValueException("riskRemovedOn", "poverty.beforeMeasure", lastMeasure.toString());
        }
        this.riskRemovedOn = day;
    }

    private void requireOpen() {
        if (riskRemovedOn != null) {
            throw new InvalidValueException("riskRemovedOn", "poverty.riskAlreadyRemoved", riskRemovedOn.toString());
        }
    }

    private void day(LocalDate day, String field, LocalDate today) {
        if (day == null) {
            throw new InvalidValueException(field, "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException(field, "date.future");
        }
        if (day.isBefore(startedOn)) {
            throw new InvalidValueException(field, "poverty.beforeMonitoring", startedOn.toString());
        }
    }

    private static String text(String value, String field) {
        String t = value == null ? "" : value.trim();
        if (t.length() > PovertyHistory.MAX_NOTE) {
            throw new InvalidValueException(field, "poverty.textTooLong", PovertyHistory.MAX_NOTE);
        }
        return t.isEmpty() ? null : t;
    }

    public boolean isOpen() {
        return riskRemovedOn == null;
    }

    public Long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public DivisionCode division() {
        return division;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public String note() {
        return note;
    }

    public Set<RiskKind> risks() {
        return Collections.unmodifiableSet(risks.isEmpty() ? EnumSet.noneOf(RiskKind.class) : EnumSet.copyOf(risks));
    }

    public List<PovertyMeasure> measures() {
        return Collections.unmodifiableList(measures);
    }

    public LocalDate riskRemovedOn() {
        return riskRemovedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public int version() {
        return version;
    }
}
