package cn.xndpf.domain.accessibility;

/** The kinds of public accessible facility the inventory counts (无障碍设施类别), each in its own unit. */
public enum FacilityKind {
    CURB_RAMP("缘石坡道", "Curb ramps", "处"),
    FOOTBRIDGE_LIFT("过街天桥无障碍电梯", "Footbridge lifts", "部"),
    RESIDENTIAL_LIFT("住宅加装电梯", "Residential lifts", "部"),
    BUS_STATION("无障碍公交场站", "Accessible bus stations", "个"),
    BUS_STOP("无障碍公交站台", "Accessible bus stops", "个"),
    PRIORITY_SEAT("公交车爱心专座", "Priority seats on buses", "个"),
    ACCESSIBLE_BUS("无障碍公交车", "Accessible buses", "辆"),
    PASSAGE("无障碍通道", "Accessible passages", "处"),
    TOILET("无障碍卫生间", "Accessible toilets", "处"),
    SIGN_LANGUAGE_TV("手语电视栏目", "Sign-language television programmes", "个"),
    E_READING_ROOM("盲人电子阅览室", "E-reading rooms for blind readers", "个");

    private final String chineseName;
    private final String englishName;
    private final String unit;

    FacilityKind(String chineseName, String englishName, String unit) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.unit = unit;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** 处, 部, 个, 辆. */
    public String unit() {
        return unit;
    }
}
