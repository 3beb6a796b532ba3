package cn.xndpf.domain.division;

/** Levels of the administrative division tree. */
public enum DivisionLevel {
    /** 省 */
    PROVINCE,
    /** 市 */
    CITY,
    /** 区县 */
    COUNTY,
    /** 乡镇/街道 */
    TOWNSHIP,
    /** 社区/村 */
    COMMUNITY
}
