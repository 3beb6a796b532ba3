package cn.xndpf.domain.person;

/** Household assistance statuses that programs depend on. */
public enum AssistanceStatus {
    /** 低保: minimum living guarantee. */
    DIBAO("低保", "Minimum living guarantee"),
    /** 特困: extreme poverty support, scattered (分散供养). */
    TEKUN("特困", "Extreme poverty support"),
    /** 特困集中供养: extreme poverty support in an institution (centralised care). */
    TEKUN_CENTRALISED("特困集中供养", "Extreme poverty support, centralised care"),
    /** 低收入. */
    LOW_INCOME("低收入", "Low income"),
    /** 脱贫户/监测户: lifted out of poverty, monitored against relapse. */
    MONITORED("脱贫监测", "Lifted out of poverty, monitored");

    private final String chineseName;
    private final String englishName;

    AssistanceStatus(String chineseName, String englishName) {
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
