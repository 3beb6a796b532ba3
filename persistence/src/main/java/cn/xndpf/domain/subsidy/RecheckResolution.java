package cn.xndpf.domain.subsidy;

/** What staff did about a re-check finding (处理方式). */
public enum RecheckResolution {
    /** 暂停发放 */
    SUSPENDED("暂停发放", "Payments suspended"),
    /** 终止发放 */
    TERMINATED("终止发放", "Benefit terminated"),
    /** 恢复发放 */
    REINSTATED("恢复发放", "Payments reinstated"),
    /** 调整补贴等级 */
    LEVEL_CHANGED("调整补贴等级", "Subsidy level changed"),
    /** 核实无误，不作处理 */
    DISMISSED("核实无误，不作处理", "Dismissed after verification");

    private final String chineseName;
    private final String englishName;

    RecheckResolution(String chineseName, String englishName) {
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
