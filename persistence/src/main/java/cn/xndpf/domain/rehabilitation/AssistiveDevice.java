package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.shared.DatedPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the dated catalogue of assistive devices (辅助器具目录): code, names, given or lent, price in yuan,
 * over a period. Rows are the migrations' (dated data, like the rates); the platform reads them only.
 */
@Entity
@Table(name = "assistive_device")
public class AssistiveDevice {

    @Id
    private Long id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "supply_kind", nullable = false, updatable = false)
    private SupplyKind supply;

    @Column(name = "price", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Embedded
    private DatedPeriod period;

    protected AssistiveDevice() {
    }

    /** For tests of the rules; the platform's rows come from the migrations. */
    public AssistiveDevice(String code, String nameZh, String nameEn, SupplyKind supply, BigDecimal price,
                           DatedPeriod period) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.supply = supply;
        this.price = price;
        this.period = period;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public SupplyKind supply() {
        return supply;
    }

    public BigDecimal price() {
        return price;
    }

    public boolean isInForceOn(LocalDate day) {
        return period.isInForceOn(day);
    }
}
