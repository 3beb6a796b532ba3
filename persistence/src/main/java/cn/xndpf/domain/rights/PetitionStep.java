package cn.xndpf.domain.rights;

/** A step on a petition's timeline (办理过程). */
public enum PetitionStep {
    RECEIVED("登记", "Received"),
    ASSIGNED("交办", "Assigned"),
    ACCEPTED("受理", "Accepted"),
    REFUSED("不予受理", "Not accepted"),
    EXTENDED("延期", "Extended"),
    ANSWERED("答复", "Answered"),
    REVIEW_REQUESTED("请求复查", "Review requested"),
    REVIEWED("复查答复", "Review decided"),
    CLOSED("办结", "Closed");

    private final String chineseName;
    private final String englishName;

    PetitionStep(String chineseName, String englishName) {
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
