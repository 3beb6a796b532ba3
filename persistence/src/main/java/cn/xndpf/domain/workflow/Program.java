package cn.xndpf.domain.workflow;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A program the federation runs (业务项目), entirely data: its code and names, the prefix of its case
 * numbers, whom its cases are about, what they receive; its review chain is in {@link ReviewStage} rows.
 * Adding a program is adding rows (see the README, "Adding a program"), never code in the kernel.
 */
@Entity
@Table(name = "program")
@Cacheable
public class Program {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String chineseName;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    /** 办件编号前缀, unique among programs, e.g. {@code LS} gives LS-1050. */
    @Column(name = "case_prefix", nullable = false)
    private String casePrefix;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_kind", nullable = false)
    private BenefitKind benefitKind;

    protected Program() {
    }

    public Program(String code, String chineseName, String englishName, String casePrefix, SubjectKind subjectKind,
                   BenefitKind benefitKind) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.casePrefix = casePrefix;
        this.subjectKind = subjectKind;
        this.benefitKind = benefitKind;
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

    public String casePrefix() {
        return casePrefix;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    public BenefitKind benefitKind() {
        return benefitKind;
    }
}
