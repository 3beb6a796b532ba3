package cn.xndpf.domain.workflow;

/**
 * Review levels in their fixed order; which of them a program uses is configured per program
 * ({@link ReviewStage}). Each level belongs to one staff role.
 */
public enum ReviewLevel {
    /** 初审, by the township or street (乡镇/街道). */
    FIRST_REVIEW("初审", "First review", CaseState.FIRST_REVIEWED, "TOWNSHIP_CLERK"),
    /** 审核, by the district DPF (区县残联). */
    REVIEW("审核", "Review", CaseState.REVIEWED, "DISTRICT_STAFF"),
    /** 审定, by district civil affairs (区县民政). */
    APPROVAL("审定", "Final approval", CaseState.APPROVED, "DISTRICT_CIVIL_AFFAIRS");

    private final String chineseName;
    private final String englishName;
    private final CaseState stateAfter;
    private final String role;

    ReviewLevel(String chineseName, String englishName, CaseState stateAfter, String role) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.stateAfter = stateAfter;
        this.role = role;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** The state a pass at this level leads to, unless it is the program's last level (then APPROVED). */
    public CaseState stateAfter() {
        return stateAfter;
    }

    /** The staff role that decides at this level. */
    public String role() {
        return role;
    }
}
