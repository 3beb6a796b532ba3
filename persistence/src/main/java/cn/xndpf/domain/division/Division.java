package cn.xndpf.domain.division;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 行政区划: a node of the division tree. */
@Entity
@Table(name = "division")
@Cacheable
public class Division {

    // Converters do not apply to identifiers (JPA 3.1 §3.9), so the key is the plain code.
    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "parent_code")
    private DivisionCode parentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "div_level", nullable = false)
    private DivisionLevel level;

    @Column(name = "urban", nullable = false)
    private boolean urban;

    protected Division() {
    }

    public Division(DivisionCode code, String name, DivisionCode parentCode, boolean urban) {
        this.code = code.value();
        this.name = name;
        this.parentCode = parentCode;
        this.level = code.level();
        this.urban = urban;
    }

    public DivisionCode code() {
        return DivisionCode.of(code);
    }

    public String name() {
        return name;
    }

    public DivisionCode parentCode() {
        return parentCode;
    }

    public DivisionLevel level() {
        return level;
    }

    public boolean isUrban() {
        return urban;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
