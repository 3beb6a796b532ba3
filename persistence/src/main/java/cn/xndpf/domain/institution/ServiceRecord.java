package cn.xndpf.domain.institution;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A real-name service record (实名制服务记录): who received which service, from which institution, on
 * which day, how much (days or sessions) and at what cost in yuan. One record per person, institution,
 * service and day; the person's division at the time places it in a jurisdiction and in the statistics.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord {

    /** The most a single day's record may count (sessions of one day). */
    public static final int MAX_QUANTITY = 24;
    /** The most one day's service may cost, in yuan. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind", nullable = false)
    private ServiceKind service;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private RecordChannel channel;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ServiceRecord() {
    }

    /**
     * A record of a service an enrolment covers on that day. The enrolment is the entitlement: the
     * caller has checked it names this person, institution and service on {@code day}.
     */
    public ServiceRecord(Enrolment enrolment, LocalDate day, Integer quantity, BigDecimal amount,
                         RecordChannel channel, String recordedBy, Instant recordedAt) {
        if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidValueException("quantity", "serviceRecord.quantityRange", MAX_QUANTITY);
        }
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2
                && amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("amount", "serviceRecord.amountRange");
        }
        this.person = enrolment.person();
        this.institution = enrolment.institution();
        this.service = enrolment.service();
        this.serviceDate = day;
        this.quantity = quantity;
        this.amount = amount.setScale(2);
        this.division = enrolment.person().division();
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Institution institution() {
        return institution;
    }

    public ServiceKind service() {
        return service;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal amount() {
        return amount;
    }

    public DivisionCode division() {
        return division;
    }

    public RecordChannel channel() {
        return channel;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
