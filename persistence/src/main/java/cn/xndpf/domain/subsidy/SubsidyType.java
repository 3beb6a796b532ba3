package cn.xndpf.domain.subsidy;

/** 两项补贴: the two disability subsidies. */
public enum SubsidyType {
    /** 困难残疾人生活补贴 */
    LIVING("LIVING_SUBSIDY", "困难残疾人生活补贴", "Living subsidy"),
    /** 重度残疾人护理补贴 */
    NURSING("NURSING_SUBSIDY", "重度残疾人护理补贴", "Nursing subsidy");

    private final String programCode;
    private final String chineseName;
    private final String englishName;

    SubsidyType(String programCode, String chineseName, String englishName) {
        this.programCode = programCode;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The program row (V3) this subsidy's cases belong to. */
    public String programCode() {
        return programCode;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public static SubsidyType ofProgram(String programCode) {
        for (SubsidyType t : values()) {
            if (t.programCode.equals(programCode)) {
                return t;
            }
        }
        throw new IllegalArgumentException(programCode);
    }
}
