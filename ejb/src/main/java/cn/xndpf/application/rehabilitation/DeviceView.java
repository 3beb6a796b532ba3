package cn.xndpf.application.rehabilitation;

import cn.xndpf.domain.rehabilitation.AssistiveDevice;
import cn.xndpf.domain.rehabilitation.SupplyKind;

import java.io.Serializable;
import java.math.BigDecimal;

/** A catalogued device as screens show it. */
public record DeviceView(String code, String nameZh, String nameEn, SupplyKind supply, BigDecimal price)
        implements Serializable {

    static DeviceView of(AssistiveDevice d) {
        return new DeviceView(d.code(), d.nameZh(), d.nameEn(), d.supply(), d.price());
    }
}
