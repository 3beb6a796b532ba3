package cn.xndpf.domain.security;

/**
 * Staff roles (DOMAIN §1). The names are the Jakarta Security groups, so they also appear in
 * {@code @RolesAllowed} and web.xml.
 */
public enum StaffRole {
    /** 社区/村专干 */
    COMMUNITY_WORKER("社区/村专干", "Community worker"),
    /** 乡镇/街道经办员 */
    TOWNSHIP_CLERK("乡镇/街道经办员", "Township clerk"),
    /** 区县残联 */
    DISTRICT_STAFF("区县残联工作人员", "District DPF staff"),
    /** 区县民政 */
    DISTRICT_CIVIL_AFFAIRS("区县民政审批员", "District civil-affairs approver"),
    /** 市残联 */
    CITY_STAFF("市残联工作人员", "City DPF staff"),
    /**
     * 服务机构工作人员: staff of one registered institution (their account names it), who record the
     * services their institution delivers, only for the people enrolled with it.
     */
    INSTITUTION_STAFF("服务机构工作人员", "Institution staff"),
    /** 系统管理员 */
    ADMIN("系统管理员", "Administrator");

    private final String chineseName;
    private final String englishName;

    StaffRole(String chineseName, String englishName) {
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
