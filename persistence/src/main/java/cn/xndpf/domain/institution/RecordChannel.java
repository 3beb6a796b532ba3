package cn.xndpf.domain.institution;

/** How a service record reached the platform. */
public enum RecordChannel {
    /** 页面录入 */
    SCREEN("页面录入", "Entered on a screen"),
    /** Excel导入 */
    IMPORT("Excel导入", "Excel import"),
    /** 机构接口上报 */
    PARTNER("机构接口上报", "Reported by the institution's system");

    private final String chineseName;
    private final String englishName;

    RecordChannel(String chineseName, String englishName) {
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
