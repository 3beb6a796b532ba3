package cn.xndpf.domain.rights;

/** Where a petition stands (办理状态). */
public enum PetitionState {
    RECEIVED("已登记", "Received", true),
    REFUSED("不予受理", "Not accepted", false),
    ACCEPTED("已受理", "Accepted", true),
    ANSWERED("已答复", "Answered", true),
    REVIEW_REQUESTED("复查中", "Under review", true),
    REVIEWED("已复查", "Reviewed", true),
    CLOSED("已办结", "Closed", false);

    private final String chineseName;
    private final String englishName;
    private final boolean open;

    PetitionState(String chineseName, String englishName, boolean open) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.open = open;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Still on a division's list: neither refused nor closed. */
    public boolean isOpen() {
        return open;
    }
}
