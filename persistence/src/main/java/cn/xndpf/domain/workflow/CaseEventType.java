package cn.xndpf.domain.workflow;

/** Steps on a case's timeline. */
public enum CaseEventType {
    CREATED("创建", "Created"),
    SUBMITTED("提交", "Submitted"),
    REVIEWED("审查", "Reviewed"),
    ACTIVATED("开始享受", "Benefit started"),
    SUSPENDED("暂停", "Suspended"),
    REINSTATED("恢复", "Reinstated"),
    TERMINATED("终止", "Terminated"),
    /** 待遇调整: what is paid changed (e.g. the subsidy level after a re-assessment); the state does not. */
    BENEFIT_CHANGED("待遇调整", "Benefit changed"),
    /**
     * 办理: a program's own step after approval that leaves the state as it is (for example a home
     * modification's survey or acceptance); the reason says which step and what was recorded.
     */
    PROGRAM_STEP("办理", "Program step");

    private final String chineseName;
    private final String englishName;

    CaseEventType(String chineseName, String englishName) {
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
