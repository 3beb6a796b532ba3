package cn.xndpf.domain.person;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.BooleanNumberConverter;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 残疾人证. The number follows category and level, so a re-assessment changes it; every change is
 * kept as a {@link CertificateEvent}, the certificate row only holds the current state.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person holder;

    @Column(name = "cert_number", nullable = false)
    private String number;

    @Column(name = "category", nullable = false)
    private DisabilityCategory category;

    @Column(name = "cert_level", nullable = false)
    private DisabilityLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CertificateStatus status;

    // Kept as text so that jurisdiction queries can match a code prefix with LIKE.
    @Column(name = "division_code", nullable = false)
    private String division;

    @Column(name = "current_cert", nullable = false)
    @Convert(converter = BooleanNumberConverter.class)
    private boolean current;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    private CancellationReason cancellationReason;

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    private List<CertificateEvent> history = new ArrayList<>();

    @Version
    private int version;

    protected Certificate() {
    }

    private Certificate(Person holder, DisabilityCategory category, DisabilityLevel level, LocalDate issuedOn) {
        this.holder = holder;
        this.category = category;
        this.level = level;
        this.division = holder.division().value();
        this.current = true;
        this.issuedOn = issuedOn;
        this.status = CertificateStatus.VALID;
        this.number = CertificateNumber.of(holder.idNumber(), category, level).value();
    }

    /** 核发: issues a certificate after assessment. */
    public static Certificate issue(Person holder, DisabilityCategory category, DisabilityLevel level,
                                    LocalDate issuedOn, String actor) {
        Certificate c = new Certificate(holder, category, level, issuedOn);
        c.history.add(new CertificateEvent(c, CertificateEventType.ISSUED, issuedOn, actor, null));
        return c;
    }

    /** 重新评定: category or level changed after a new assessment; the number follows. */
    public void reassess(DisabilityCategory newCategory, DisabilityLevel newLevel, LocalDate on, String actor,
                         String reason) {
        requireValid();
        if (newCategory == category && newLevel == level) {
            throw new InvalidValueException("level", "certificate.unchanged");
        }
        DisabilityCategory oldCategory = category;
        DisabilityLevel oldLevel = level;
        this.category = newCategory;
        this.level = newLevel;
        this.number = CertificateNumber.of(holder.idNumber(), newCategory, newLevel).value();
        history.add(new CertificateEvent(this, CertificateEventType.REASSESSED, on, actor, reason)
                .withBefore(oldCategory, oldLevel, division()));
    }

    /** 迁移: the holder moved; the certificate now belongs to the new division. */
    public void transferTo(DivisionCode newDivision, LocalDate on, String actor, String reason) {
        requireValid();
        if (newDivision.value().equals(division)) {
            throw new InvalidValueException("divisionCode", "certificate.sameDivision");
        }
        DivisionCode old = division();
        this.division = newDivision.value();
        history.add(new CertificateEvent(this, CertificateEventType.TRANSFERRED, on, actor, reason)
                .withBefore(category, level, old));
    }

    /** 换领/补领: same number, new card. */
    public void renew(LocalDate on, String actor, String reason) {
        requireValid();
        history.add(new CertificateEvent(this, CertificateEventType.RENEWED, on, actor, reason)
                .withBefore(category, level, division()));
    }

    /** 注销. */
    public void cancel(CancellationReason reason, LocalDate on, String actor, String note) {
        requireValid();
        if (reason == null) {
            throw new InvalidValueException("reason", "certificate.cancelReason");
        }
        this.status = CertificateStatus.CANCELLED;
        this.cancelledOn = on;
        this.cancellationReason = reason;
        String text = note == null || note.isBlank() ? reason.chineseName() : reason.chineseName() + "：" + note;
        history.add(new CertificateEvent(this, CertificateEventType.CANCELLED, on, actor, text)
                .withBefore(category, level, division()));
    }

    private void requireValid() {
        if (status != CertificateStatus.VALID) {
            throw new InvalidValueException("certificateNumber", "certificate.notValid");
        }
    }

    public Long id() {
        return id;
    }

    public Person holder() {
        return holder;
    }

    public CertificateNumber number() {
        return CertificateNumber.of(holder.idNumber(), category, level);
    }

    public DisabilityCategory category() {
        return category;
    }

    public DisabilityLevel level() {
        return level;
    }

    public CertificateStatus status() {
        return status;
    }

    public boolean isValid() {
        return status == CertificateStatus.VALID;
    }

    public DivisionCode division() {
        return DivisionCode.of(division);
    }

    /** The newest certificate of its holder, shown in lists. */
    public boolean isCurrent() {
        return current;
    }

    /** A newer certificate was issued to the same holder (after an earlier one was cancelled). */
    public void supersede() {
        this.current = false;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public int version() {
        return version;
    }

    public List<CertificateEvent> history() {
        return Collections.unmodifiableList(history);
    }
}
