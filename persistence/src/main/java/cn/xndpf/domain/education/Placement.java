package cn.xndpf.domain.education;

/** 安置方式: where a child's plan (一人一案) places them. */
public enum Placement {
    /** 随班就读: in a mainstream class of an ordinary school. */
    MAINSTREAM_CLASS("随班就读", "Mainstream class"),
    /** 特殊教育学校: at a special school of the institution registry. */
    SPECIAL_SCHOOL("特殊教育学校就读", "Special school"),
    /** 送教上门: teachers come to the child's home. */
    HOME_TEACHING("送教上门", "Home teaching");

    private final String chineseName;
    private final String englishName;

    Placement(String chineseName, String englishName) {
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
