package cn.xndpf.domain.culture;

/** The kinds of culture and sports events (文体活动类别), the national days first. */
public enum CultureEventKind {
    HELP_DAY("全国助残日", "National Day of Helping the Disabled"),
    EAR_DAY("全国爱耳日", "National Ear Care Day"),
    EYE_DAY("全国爱眼日", "National Eye Care Day"),
    INTERNATIONAL_DAY("国际残疾人日", "International Day of Persons with Disabilities"),
    CULTURAL_WEEK("残疾人文化周", "Cultural week"),
    EXHIBITION("展览展示", "Exhibition"),
    READING("读书活动", "Reading"),
    FITNESS("健身活动", "Fitness"),
    REHABILITATION_SPORTS("康复体育", "Rehabilitation sports");

    private final String chineseName;
    private final String englishName;

    CultureEventKind(String chineseName, String englishName) {
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
