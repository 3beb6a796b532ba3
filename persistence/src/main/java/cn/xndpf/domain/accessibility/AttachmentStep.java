package cn.xndpf.domain.accessibility;

/** The step a photo or document of a home modification belongs to. */
public enum AttachmentStep {
    /** 勘查: the home as found, the plan. */
    SURVEY("勘查", "Survey"),
    /** 验收: the works done, the acceptance record. */
    ACCEPTANCE("验收", "Acceptance");

    private final String chineseName;
    private final String englishName;

    AttachmentStep(String chineseName, String englishName) {
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
