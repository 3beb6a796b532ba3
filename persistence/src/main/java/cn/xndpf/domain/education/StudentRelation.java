package cn.xndpf.domain.education;

/** How the student relates to the certificate holder the case is recorded under. */
public enum StudentRelation {
    /** 本人: the student holds the certificate (a disabled student). */
    SELF("本人", "The student holds the certificate"),
    /** 子女: the student is the holder's child. */
    CHILD("子女", "Child of the certificate holder");

    private final String chineseName;
    private final String englishName;

    StudentRelation(String chineseName, String englishName) {
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
