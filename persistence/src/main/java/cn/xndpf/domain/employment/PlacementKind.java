package cn.xndpf.domain.employment;

/**
 * The forms of new employment a placement records (就业形式). DOMAIN.md §4.6 names quota employment, self-employment,
 * online work and family handicrafts; centralised employment and public-welfare posts are the national statistics'
 * other forms. Quota and centralised employment are with an employer of the registry; the others may name one.
 */
public enum PlacementKind {
    QUOTA("按比例就业", "Quota employment", true),
    CENTRALISED("集中就业", "Centralised employment", true),
    SELF_EMPLOYED("个体就业", "Self-employment", false),
    PUBLIC_WELFARE_POST("公益性岗位", "Public-welfare post", false),
    ONLINE("网络就业", "Online work", false),
    FAMILY_HANDICRAFT("家庭手工", "Family handicrafts", false);

    private final String chineseName;
    private final String englishName;
    private final boolean needsEmployer;

    PlacementKind(String chineseName, String englishName, boolean needsEmployer) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.needsEmployer = needsEmployer;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Whether a placement of this kind is with an employer of the registry. */
    public boolean needsEmployer() {
        return needsEmployer;
    }
}
