package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * A count of an inventory entry (清点): how many there were from its day on, until the entry's next count. Counts
 * are dated so that a past period's inventory stays what it was; made by {@link AccessibleFacility#count}.
 */
@Entity
@Table(name = "accessible_facility_count")
public class FacilityCount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "facility_id", nullable = false, updatable = false)
    private Long facilityId;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "counted_on", nullable = false, updatable = false)
    private LocalDate countedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Version
    private int version;

    protected FacilityCount() {
    }

    FacilityCount(long facilityId, int quantity, LocalDate countedOn, String actor) {
        this.facilityId = facilityId;
        this.quantity = quantity;
        this.countedOn = countedOn;
        this.recordedBy = actor;
    }

    /** A correction on the count's own day: the count of that day is replaced, not added. */
    void correct(int newQuantity, String actor) {
        this.quantity = newQuantity;
        this.recordedBy = actor;
    }

    static int valid(Integer quantity) {
        if (quantity == null || quantity < 0) {
            throw new InvalidValueException("quantity", "facility.quantity");
        }
        return quantity;
    }

    public Long id() {
        return id;
    }

    public long facilityId() {
        return facilityId;
    }

    public int quantity() {
        return quantity;
    }

    public LocalDate countedOn() {
        return countedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public int version() {
        return version;
    }
}
