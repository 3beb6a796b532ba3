package cn.xndpf.domain.accessibility;

/** Where a home modification stands after its review (改造进度). */
public enum HomeModificationStage {
    /** 已申请: in review, or approved and waiting for the survey. */
    APPLIED("已申请", "Applied"),
    /** 已勘查: surveyed, works not started. */
    SURVEYED("已勘查", "Surveyed"),
    /** 施工中: works under way, or redone after a failed acceptance. */
    WORKS("施工中", "Works under way"),
    /** 已验收: accepted, the contractor not yet paid. */
    ACCEPTED("已验收", "Accepted"),
    /** 已付款: the contractor paid; the case is closed. */
    PAID("已付款", "Paid");

    private final String chineseName;
    private final String englishName;

    HomeModificationStage(String chineseName, String englishName) {
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
