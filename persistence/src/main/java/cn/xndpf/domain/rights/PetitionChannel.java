package cn.xndpf.domain.rights;

/** How a petition arrived (信访形式). */
public enum PetitionChannel {
    PHONE("来电", "Phone"),
    LETTER("来信", "Letter"),
    VISIT("来访", "Visit"),
    ONLINE("网上信访", "Online");

    private final String chineseName;
    private final String englishName;

    PetitionChannel(String chineseName, String englishName) {
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
