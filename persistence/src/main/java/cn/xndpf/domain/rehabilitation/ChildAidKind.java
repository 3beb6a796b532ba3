package cn.xndpf.domain.rehabilitation;

/** What a children's rehabilitation aid case pays for (残疾儿童康复救助项目). */
public enum ChildAidKind {
    /** 康复训练 */
    TRAINING("康复训练", "Rehabilitation training"),
    /** 手术 */
    SURGERY("手术", "Surgery"),
    /** 辅助器具适配 */
    FITTING("辅助器具适配", "Assistive-device fitting");

    private final String chineseName;
    private final String englishName;

    ChildAidKind(String chineseName, String englishName) {
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
