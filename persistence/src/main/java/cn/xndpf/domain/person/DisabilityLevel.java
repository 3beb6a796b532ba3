package cn.xndpf.domain.person;

import cn.xndpf.domain.shared.InvalidValueException;

/** 残疾等级: 一级 is the most severe; 一级 and 二级 are 重度 (severe). */
public enum DisabilityLevel {
    ONE(1, "一级", "Level 1"),
    TWO(2, "二级", "Level 2"),
    THREE(3, "三级", "Level 3"),
    FOUR(4, "四级", "Level 4");

    private final int code;
    private final String chineseName;
    private final String englishName;

    DisabilityLevel(int code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public int code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public boolean isSevere() {
        return this == ONE || this == TWO;
    }

    public static DisabilityLevel ofCode(int code) {
        for (DisabilityLevel l : values()) {
            if (l.code == code) {
                return l;
            }
        }
        throw new InvalidValueException("level", "level.unknown", code);
    }
}
