package cn.xndpf.domain.subsidy;

/** Where a bulk import of applications (批量导入) stands. */
public enum ImportRunStatus {
    /** 排队中: stored, its job not yet begun. */
    QUEUED("排队中", "Queued"),
    /** 导入中: the job is taking the rows. */
    RUNNING("导入中", "Running"),
    /** 已完成: every row was taken or refused, each with its outcome. */
    COMPLETED("已完成", "Completed"),
    /** 导入失败: the job stopped part way; a restart continues after the last committed chunk. */
    FAILED("导入失败", "Failed");

    private final String chineseName;
    private final String englishName;

    ImportRunStatus(String chineseName, String englishName) {
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
