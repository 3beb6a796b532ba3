package cn.xndpf.domain.statistics;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 年龄段: an age range of the AGE_BAND breakdown, in whole years; an open band has no upper age. */
@Entity
@Table(name = "stat_age_band")
@Cacheable
public class AgeBand {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String chineseName;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    @Column(name = "min_age", nullable = false)
    private int minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    protected AgeBand() {
    }

    public AgeBand(String code, String chineseName, String englishName, int minAge, Integer maxAge) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.minAge = minAge;
        this.maxAge = maxAge;
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

    public int minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    public boolean contains(int age) {
        return age >= minAge && (maxAge == null || age <= maxAge);
    }
}
