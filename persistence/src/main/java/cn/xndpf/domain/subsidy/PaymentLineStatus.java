package cn.xndpf.domain.subsidy;

/** Where one payment line stands with the bank. */
public enum PaymentLineStatus {
    /** 待发放: in a roll, sent or to be sent to the bank, no answer yet. */
    PENDING("待发放", "Pending"),
    /** 已发放: the bank credited the account. */
    PAID("已发放", "Paid"),
    /** 发放失败: the bank could not credit the account; the next roll issues it again. */
    FAILED("发放失败", "Failed");

    private final String chineseName;
    private final String englishName;

    PaymentLineStatus(String chineseName, String englishName) {
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
