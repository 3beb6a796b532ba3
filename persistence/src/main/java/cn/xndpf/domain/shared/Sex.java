package cn.xndpf.domain.shared;

/** 性别. Derived from the ID number's sequence digit, never entered separately. */
public enum Sex {
    MALE("M", "男", "Male"),
    FEMALE("F", "女", "Female");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Sex(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public static Sex ofCode(String code) {
        for (Sex s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown sex code " + code);
    }
}
