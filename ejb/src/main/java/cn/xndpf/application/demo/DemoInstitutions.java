package cn.xndpf.application.demo;

import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's service institutions (演示服务机构): in each of the seven counties a designated rehabilitation
 * institution that is also the county's assistive-device service point (with stock), a care institution
 * (阳光家园) offering the three kinds of care, a special school, and a sheltered-employment institution (辅助性就业机构)
 * whose workers and subsidies {@link DemoEmploymentServices} plans. Qualified since 2018, before the history
 * begins, so every past service was delivered by an institution in force that day. Made-up names.
 */
public final class DemoInstitutions {

    /** Counties and the short names their institutions are called by. */
    static final Map<String, String> COUNTIES = new LinkedHashMap<>();

    static {
        COUNTIES.put("630102", "城东区");
        COUNTIES.put("630103", "城中区");
        COUNTIES.put("630104", "城西区");
        COUNTIES.put("630105", "城北区");
        COUNTIES.put("630106", "湟中区");
        COUNTIES.put("630121", "大通县");
        COUNTIES.put("630123", "湟源县");
    }

    /** Every service point stocks the devices of the catalogue (V27), this many of each on first start. */
    static final Map<String, Integer> DEVICE_STOCK = new LinkedHashMap<>();

    static {
        DEVICE_STOCK.put("WC-01", 12);
        DEVICE_STOCK.put("CR-01", 20);
        DEVICE_STOCK.put("HA-01", 15);
        DEVICE_STOCK.put("NB-01", 6);
        DEVICE_STOCK.put("WK-01", 10);
    }

    static final LocalDate QUALIFIED_FROM = LocalDate.of(2018, 1, 1);

    /** One institution to register. */
    public record Planned(String county, InstitutionKind kind, String name, String qualification,
                          Set<ServiceKind> services, int capacity) {
    }

    private DemoInstitutions() {
    }

    public static List<Planned> plan() {
        List<Planned> planned = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> county : COUNTIES.entrySet()) {
            String c = county.getKey();
            String name = county.getValue();
            n++;
            planned.add(new Planned(c, InstitutionKind.REHABILITATION, name + "残疾人康复服务中心",
                    String.format("青残康定字〔2018〕%02d号", n),
                    EnumSet.of(ServiceKind.REHABILITATION_TRAINING, ServiceKind.DEVICE_FITTING), 300));
            planned.add(new Planned(c, InstitutionKind.CARE, name + "阳光家园托养服务中心",
                    String.format("青残托字〔2018〕%02d号", n),
                    EnumSet.of(ServiceKind.BOARDING_CARE, ServiceKind.DAY_CARE, ServiceKind.HOME_CARE), 200));
            planned.add(new Planned(c, InstitutionKind.SPECIAL_SCHOOL, name + "特殊教育学校",
                    String.format("教民%s0%02d", c, n),
                    EnumSet.of(ServiceKind.SPECIAL_EDUCATION, ServiceKind.HOME_TEACHING), 240));
            planned.add(new Planned(c, InstitutionKind.SHELTERED_EMPLOYMENT, name + "残疾人辅助性就业中心",
                    String.format("青残就字〔2018〕%02d号", n), EnumSet.of(ServiceKind.SHELTERED_WORK), 30));
        }
        return planned;
    }
}
