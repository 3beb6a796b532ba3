package cn.xndpf.domain.statistics;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A program as the statistics group it (统计业务板块): the registry, the two subsidies, later education, ... */
@Entity
@Table(name = "stat_program")
@Cacheable
public class StatisticsProgram {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String chineseName;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected StatisticsProgram() {
    }

    public StatisticsProgram(String code, String chineseName, String englishName, int displayOrder) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.displayOrder = displayOrder;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public int displayOrder() {
        return displayOrder;
    }
}
