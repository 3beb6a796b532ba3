package cn.xndpf.domain.education;

/** What a disabled student received for a term: fees waived, or money towards their costs. */
public enum ReliefKind {
    /** 减免: fees reduced or waived. */
    REDUCTION("学杂费减免", "Fee reduction"),
    /** 补助: a subsidy paid towards the student's costs. */
    SUBSIDY("就学补助", "Study subsidy");

    private final String chineseName;
    private final String englishName;

    ReliefKind(String chineseName, String englishName) {
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
