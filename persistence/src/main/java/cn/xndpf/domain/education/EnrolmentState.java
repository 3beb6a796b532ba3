package cn.xndpf.domain.education;

/** What the education bureau reported about a child of compulsory-school age for a school year. */
public enum EnrolmentState {
    /** 已报入学: reported enrolled. */
    ENROLLED("已报入学", "Reported enrolled"),
    /** 报未入学: reported not enrolled. */
    NOT_ENROLLED("报未入学", "Reported not enrolled"),
    /** 未报告: the bureau has not reported the child for that year. */
    NO_REPORT("未报告", "No report");

    private final String chineseName;
    private final String englishName;

    EnrolmentState(String chineseName, String englishName) {
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
