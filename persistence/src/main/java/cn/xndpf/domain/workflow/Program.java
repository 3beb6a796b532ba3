package cn.xndpf.domain.workflow;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A program the federation runs (业务项目), such as the living subsidy; its review set-up is data. */
@Entity
@Table(name = "program")
@Cacheable
public class Program {

    /** 困难残疾人生活补贴 */
    public static final String LIVING_SUBSIDY = "LIVING_SUBSIDY";
    /** 重度残疾人护理补贴 */
    public static final String NURSING_SUBSIDY = "NURSING_SUBSIDY";

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String chineseName;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    protected Program() {
    }

    public Program(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
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
}
