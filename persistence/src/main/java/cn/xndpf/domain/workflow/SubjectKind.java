package cn.xndpf.domain.workflow;

/** Whom a program's cases are about (办件对象). */
public enum SubjectKind {
    /** 持证残疾人本人 */
    PERSON("残疾人本人", "Disabled person"),
    /** 学生或儿童, linked to the certificate holder (the child itself, or a parent holding the certificate). */
    STUDENT_OF_HOLDER("学生/儿童（关联持证人）", "Student or child of a certificate holder"),
    /** 家庭户 */
    HOUSEHOLD("家庭户", "Household"),
    /** 用人单位或组织 */
    EMPLOYER("用人单位/组织", "Employer or organisation"),
    /** 服务机构 */
    INSTITUTION("服务机构", "Institution");

    private final String chineseName;
    private final String englishName;

    SubjectKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
