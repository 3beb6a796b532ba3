package cn.xndpf.application.rehabilitation;

import java.io.Serializable;

/** Items of a device code on hand at a service point (库存). */
public record StockView(long institutionId, String deviceCode, int onHand) implements Serializable {
}
