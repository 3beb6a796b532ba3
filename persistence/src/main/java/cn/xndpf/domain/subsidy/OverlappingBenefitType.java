package cn.xndpf.domain.subsidy;

/** Benefits that rule out one of the two subsidies for the same person (待遇重复). */
public enum OverlappingBenefitType {
    /** 工伤保险生活护理费 */
    WORK_INJURY_NURSING("工伤保险生活护理费", "Work-injury nursing allowance", SubsidyType.NURSING),
    /** 优抚对象护理费 */
    VETERAN_NURSING("优抚对象护理费", "Veterans' nursing allowance", SubsidyType.NURSING),
    /** 孤儿基本生活费 */
    ORPHAN_LIVING("孤儿基本生活费", "Orphans' basic living allowance", SubsidyType.LIVING);

    private final String chineseName;
    private final String englishName;
    private final SubsidyType excludes;

    OverlappingBenefitType(String chineseName, String englishName, SubsidyType excludes) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.excludes = excludes;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public SubsidyType excludes() {
        return excludes;
    }
}
