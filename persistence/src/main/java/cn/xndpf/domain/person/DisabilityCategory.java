package cn.xndpf.domain.person;

import cn.xndpf.domain.shared.InvalidValueException;

/** 残疾类别 (GB/T 26341). The digit is the 19th character of the certificate number. */
public enum DisabilityCategory {
    VISUAL(1, "视力残疾", "Visual"),
    HEARING(2, "听力残疾", "Hearing"),
    SPEECH(3, "言语残疾", "Speech"),
    PHYSICAL(4, "肢体残疾", "Physical"),
    INTELLECTUAL(5, "智力残疾", "Intellectual"),
    MENTAL(6, "精神残疾", "Mental"),
    MULTIPLE(7, "多重残疾", "Multiple");

    private final int code;
    private final String chineseName;
    private final String englishName;

    DisabilityCategory(int code, String chineseName, String englishName) {
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

    public static DisabilityCategory ofCode(int code) {
        for (DisabilityCategory c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new InvalidValueException("category", "category.unknown", code);
    }
}
