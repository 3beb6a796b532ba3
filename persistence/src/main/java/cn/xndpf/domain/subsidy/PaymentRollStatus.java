package cn.xndpf.domain.subsidy;

/** Where the computation of a payment roll stands (the lines' own statuses say what the bank did). */
public enum PaymentRollStatus {
    /** 生成中: the batch job is computing the lines. */
    RUNNING("生成中", "Running"),
    /** 已生成: every case was processed; the lines can be sent to the bank. */
    COMPLETED("已生成", "Completed"),
    /** 生成失败: the job stopped part way; restarting it completes the roll without duplicating a line. */
    FAILED("生成失败", "Failed");

    private final String chineseName;
    private final String englishName;

    PaymentRollStatus(String chineseName, String englishName) {
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
