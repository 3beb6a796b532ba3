package cn.xndpf.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A policy value (政策参数) in force from a date: ratios, switches and deadlines that a province or city
 * sets and changes. Code asks for the value on a day; it never holds such values as constants.
 */
@Entity
@Table(name = "policy_setting")
public class PolicySetting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "setting_key", nullable = false)
    private String key;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "note")
    private String note;

    protected PolicySetting() {
    }

    public PolicySetting(String key, String value, LocalDate validFrom, String note) {
        this.key = key;
        this.value = value;
        this.validFrom = validFrom;
        this.note = note;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public String note() {
        return note;
    }
}
