package cn.xndpf.domain.rights;

/** The petitioner's judgement at closure (信访人满意度). */
public enum Satisfaction {
    SATISFIED("满意", "Satisfied"),
    BASICALLY_SATISFIED("基本满意", "Basically satisfied"),
    DISSATISFIED("不满意", "Dissatisfied");

    private final String chineseName;
    private final String englishName;

    Satisfaction(String chineseName, String englishName) {
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
