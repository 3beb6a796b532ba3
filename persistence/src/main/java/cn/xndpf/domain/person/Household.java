package cn.xndpf.domain.person;

import cn.xndpf.domain.division.DivisionCode;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** 户: the household a person belongs to, with its assistance status over time. */
@Entity
@Table(name = "household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_no", nullable = false, unique = true)
    private String householdNumber;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "address")
    private String address;

    @Column(name = "urban", nullable = false)
    private boolean urban;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period.validFrom")
    private List<HouseholdAssistance> assistance = new ArrayList<>();

    @Version
    private int version;

    protected Household() {
    }

    public Household(String householdNumber, DivisionCode division, String address, boolean urban) {
        this.householdNumber = householdNumber;
        this.division = division;
        this.address = address;
        this.urban = urban;
    }

    public Long id() {
        return id;
    }

    public String householdNumber() {
        return householdNumber;
    }

    public DivisionCode division() {
        return division;
    }

    public String address() {
        return address;
    }

    public boolean isUrban() {
        return urban;
    }

    public int version() {
        return version;
    }

    public List<HouseholdAssistance> assistanceHistory() {
        return Collections.unmodifiableList(assistance);
    }

    public Set<AssistanceStatus> statusesOn(LocalDate day) {
        return assistance.stream().filter(a -> a.isInForceOn(day)).map(HouseholdAssistance::status)
                .collect(Collectors.toSet());
    }

    /** Starts a status from a day; an open period of the same status is left as it is. */
    public void grantStatus(AssistanceStatus status, LocalDate from, String source) {
        if (openPeriod(status).isEmpty()) {
            assistance.add(new HouseholdAssistance(this, status, from, source));
        }
    }

    /** Ends the open period of a status on the day before {@code from}. */
    public void revokeStatus(AssistanceStatus status, LocalDate from) {
        openPeriod(status).ifPresent(a -> a.endOn(from.minusDays(1)));
    }

    private Optional<HouseholdAssistance> openPeriod(AssistanceStatus status) {
        return assistance.stream().filter(a -> a.status() == status && a.validTo() == null).findFirst();
    }
}
