package cn.xndpf.domain.person;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** 残疾人: a person on the registry. Sex and birth date come from the ID number and nowhere else. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "id_number", nullable = false, unique = true, updatable = false)
    private IdNumber idNumber;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "sex", nullable = false, updatable = false)
    private Sex sex;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Column(name = "ethnicity")
    private String ethnicity;

    @Column(name = "phone")
    private String phone;

    @Column(name = "address")
    private String address;

    /** Where the person lives now (居住地), which decides jurisdiction. */
    // Kept as text so that jurisdiction queries can match a code prefix with LIKE.
    @Column(name = "division_code", nullable = false)
    private String division;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private Household household;

    @Column(name = "urban", nullable = false)
    private boolean urban;

    @Column(name = "death_date")
    private LocalDate deathDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Person() {
    }

    public Person(IdNumber idNumber, String name, DivisionCode division, Household household, boolean urban) {
        this.idNumber = idNumber;
        this.sex = idNumber.sex();
        this.birthDate = idNumber.birthDate();
        this.name = name;
        this.division = division.value();
        this.household = household;
        this.urban = urban;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public IdNumber idNumber() {
        return idNumber;
    }

    public String name() {
        return name;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public String ethnicity() {
        return ethnicity;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public DivisionCode division() {
        return DivisionCode.of(division);
    }

    public Household household() {
        return household;
    }

    public boolean isUrban() {
        return urban;
    }

    public LocalDate deathDate() {
        return deathDate;
    }

    public boolean isDeceased() {
        return deathDate != null;
    }

    public int version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void updateContact(String newName, String newEthnicity, String newPhone, String newAddress) {
        this.name = newName;
        this.ethnicity = newEthnicity;
        this.phone = newPhone;
        this.address = newAddress;
        touch();
    }

    public void moveTo(DivisionCode newDivision, boolean newUrban) {
        this.division = newDivision.value();
        this.urban = newUrban;
        touch();
    }

    public void joinHousehold(Household newHousehold) {
        this.household = newHousehold;
        touch();
    }

    public void recordDeath(LocalDate day) {
        this.deathDate = day;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
