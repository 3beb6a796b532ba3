package cn.xndpf.domain.education;

/** 学段: the stage of schooling a grant is set by, with the highest grade the stage has. */
public enum SchoolStage {
    PRESCHOOL("学前教育", "Pre-school", 3),
    PRIMARY("小学", "Primary school", 6),
    JUNIOR_SECONDARY("初中", "Junior secondary school", 3),
    SENIOR_SECONDARY("普通高中", "Senior secondary school", 3),
    SECONDARY_VOCATIONAL("中等职业教育", "Secondary vocational school", 3),
    HIGHER("高等教育", "Higher education", 5);

    private final String chineseName;
    private final String englishName;
    private final int highestGrade;

    SchoolStage(String chineseName, String englishName, int highestGrade) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.highestGrade = highestGrade;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public int highestGrade() {
        return highestGrade;
    }
}
