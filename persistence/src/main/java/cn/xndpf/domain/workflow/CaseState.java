package cn.xndpf.domain.workflow;

/** States of a program case (业务办件). */
public enum CaseState {
    /** 草稿 */
    DRAFT("草稿", "Draft"),
    /** 已提交: waiting at the first stage of the review chain. */
    SUBMITTED("已提交", "Submitted"),
    /** 已初审: the first stage passed, a later one waiting. */
    FIRST_REVIEWED("已初审", "First-reviewed"),
    /** 已审核: a later stage passed, another one waiting. */
    REVIEWED("已审核", "Reviewed"),
    /** 已审批: the last stage of the chain approved. */
    APPROVED("已审批", "Approved"),
    /** 不予批准 */
    REJECTED("不予批准", "Rejected"),
    /** 退回补正 */
    RETURNED("退回补正", "Returned for correction"),
    /** 享受中 */
    ACTIVE("享受中", "Active"),
    /** 暂停 */
    SUSPENDED("暂停", "Suspended"),
    /** 终止 */
    TERMINATED("终止", "Terminated");

    private final String chineseName;
    private final String englishName;

    CaseState(String chineseName, String englishName) {
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
