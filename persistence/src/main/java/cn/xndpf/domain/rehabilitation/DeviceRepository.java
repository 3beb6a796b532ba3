package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The device catalogue, device cases and the stock of service points. */
public interface DeviceRepository {

    /** The catalogue in force on a day, by code. */
    List<AssistiveDevice> catalogue(LocalDate day);

    /** The catalogue row of a code in force on a day. */
    Optional<AssistiveDevice> device(String code, LocalDate day);

    /** Adds to a service point's stock of a device code (the row is created at the first receipt). */
    void receive(long institutionId, String deviceCode, int quantity);

    /**
     * Takes one item of a device code from a service point's stock, the row held until the transaction ends;
     * false, taking nothing, when none is on hand. Two takers at once are served one after the other.
     */
    boolean takeOne(long institutionId, String deviceCode);

    /** Puts one returned item back. */
    void putBack(long institutionId, String deviceCode);

    /** Items of a device code on hand at a service point (0 when never received). */
    int onHand(long institutionId, String deviceCode);

    /** One device code's items on hand at a service point. */
    record StockLine(String deviceCode, int onHand) {
    }

    /** A service point's stock, by device code. */
    List<StockLine> stock(long institutionId);

    /** Approved device cases of a jurisdiction not yet issued or lent (待发放), oldest first. */
    List<DeviceCase> awaitingIssue(DivisionCode jurisdiction, int max);

    /** Lent devices of a jurisdiction's cases out and not yet returned (借用中), oldest issue first. */
    List<DeviceCase> lentOut(DivisionCode jurisdiction, int max);

    /** Whether the person has a case for the device code that is neither rejected nor terminated. */
    boolean hasOpenCase(long personId, String deviceCode);
}
