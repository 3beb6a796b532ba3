package cn.xndpf.domain.rights;

/** How a legal consultation or legal-aid case ended (办理结果). */
public enum LegalOutcome {
    ANSWERED("已解答", "Answered"),
    REFERRED("已转介", "Referred"),
    WON("胜诉或请求获支持", "Won"),
    SETTLED("调解或和解", "Settled"),
    NOT_SUPPORTED("请求未获支持", "Not supported"),
    WITHDRAWN("撤回或终止", "Withdrawn");

    private final String chineseName;
    private final String englishName;

    LegalOutcome(String chineseName, String englishName) {
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
