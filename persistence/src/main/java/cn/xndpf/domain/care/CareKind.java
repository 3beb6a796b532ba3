package cn.xndpf.domain.care;

import cn.xndpf.domain.institution.ServiceKind;

/** The three kinds of care (托养方式), each delivered as one institution service. */
public enum CareKind {
    /** 寄宿托养 */
    BOARDING("寄宿托养", "Boarding care", ServiceKind.BOARDING_CARE),
    /** 日间照料 */
    DAY_CARE("日间照料", "Day care", ServiceKind.DAY_CARE),
    /** 居家托养 */
    HOME_CARE("居家托养", "Home care", ServiceKind.HOME_CARE);

    private final String chineseName;
    private final String englishName;
    private final ServiceKind service;

    CareKind(String chineseName, String englishName, ServiceKind service) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.service = service;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** The institution service this care is recorded as. */
    public ServiceKind service() {
        return service;
    }

    /** The care kind recorded as {@code service}, or null if the service is not care. */
    public static CareKind of(ServiceKind service) {
        for (CareKind k : values()) {
            if (k.service == service) {
                return k;
            }
        }
        return null;
    }
}
