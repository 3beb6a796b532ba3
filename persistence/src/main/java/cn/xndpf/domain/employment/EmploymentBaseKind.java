package cn.xndpf.domain.employment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of employment and entrepreneurship base (就业创业基地类别), a code table row: 就业基地, 创业孵化基地, and the
 * intangible-heritage crafts (非遗: 掐丝, 堆绣, 皮绣). A new kind is a row, not code.
 */
@Entity
@Table(name = "employment_base_kind")
public class EmploymentBaseKind {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "heritage", nullable = false)
    private boolean heritage;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected EmploymentBaseKind() {
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

    /** An intangible-heritage craft (非遗). */
    public boolean heritage() {
        return heritage;
    }

    public int displayOrder() {
        return displayOrder;
    }
}
