package cn.xndpf.domain.institution;

/**
 * A service an institution is qualified to offer (服务项目). Programs record real-name services of these
 * kinds; an institution may only deliver the ones it offers.
 */
public enum ServiceKind {
    /** 寄宿托养 */
    BOARDING_CARE("寄宿托养", "Boarding care"),
    /** 日间照料 */
    DAY_CARE("日间照料", "Day care"),
    /** 居家托养 */
    HOME_CARE("居家托养", "Home care"),
    /** 康复训练 */
    REHABILITATION_TRAINING("康复训练", "Rehabilitation training"),
    /** 辅助器具适配 */
    DEVICE_FITTING("辅助器具适配", "Assistive-device fitting"),
    /** 特殊教育 */
    SPECIAL_EDUCATION("特殊教育", "Special education"),
    /** 送教上门 */
    HOME_TEACHING("送教上门", "Home teaching"),
    /** 辅助性就业 */
    SHELTERED_WORK("辅助性就业", "Sheltered work");

    private final String chineseName;
    private final String englishName;

    ServiceKind(String chineseName, String englishName) {
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
