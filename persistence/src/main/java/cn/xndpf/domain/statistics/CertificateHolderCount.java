package cn.xndpf.domain.statistics;

import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** 持证残疾人数: holders of a valid certificate on a date, per county-level division, category, level, sex. */
@Entity
@Table(name = "stat_certificate_holders")
public class CertificateHolderCount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "stat_date", nullable = false)
    private LocalDate statDate;

    @Column(name = "division_code", nullable = false)
    private String divisionCode;

    @Column(name = "category", nullable = false)
    private DisabilityCategory category;

    @Column(name = "cert_level", nullable = false)
    private DisabilityLevel level;

    @Column(name = "sex", nullable = false)
    private Sex sex;

    @Column(name = "holders", nullable = false)
    private int holders;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected CertificateHolderCount() {
    }

    public CertificateHolderCount(LocalDate statDate, String divisionCode, DisabilityCategory category,
                                  DisabilityLevel level, Sex sex, int holders) {
        this.statDate = statDate;
        this.divisionCode = divisionCode;
        this.category = category;
        this.level = level;
        this.sex = sex;
        this.holders = holders;
        this.computedAt = Instant.now();
    }

    public LocalDate statDate() {
        return statDate;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public DisabilityCategory category() {
        return category;
    }

    public DisabilityLevel level() {
        return level;
    }

    public Sex sex() {
        return sex;
    }

    public int holders() {
        return holders;
    }
}
