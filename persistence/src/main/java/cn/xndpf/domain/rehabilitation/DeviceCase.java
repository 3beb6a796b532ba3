package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * An assistive-device case (辅助器具适配办件): the catalogued device applied for and, once assessed (the chain)
 * and issued, the service point it came from, the day, the fitting day and, for a lent item, the return day.
 * Issue starts the case through the kernel; the return of a lent item ends it.
 */
@Entity
@Table(name = "device_case")
@DiscriminatorValue("ASSISTIVE_DEVICE")
@PrimaryKeyJoinColumn(name = "case_id")
public class DeviceCase extends ProgramCase {

    @ManyToOne(optional = false)
    @JoinColumn(name = "device_id", updatable = false)
    private AssistiveDevice device;

    @ManyToOne
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "fitted_on")
    private LocalDate fittedOn;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    protected DeviceCase() {
    }

    public DeviceCase(Program program, Person person, AssistiveDevice device, LocalDate appliedOn, String actor) {
        super(program, person, appliedOn, actor);
        this.device = device;
    }

    public void issuedFrom(Institution servicePoint, LocalDate day) {
        this.institution = servicePoint;
        this.issuedOn = day;
    }

    public void fittedOn(LocalDate day) {
        this.fittedOn = day;
    }

    public void returnedOn(LocalDate day) {
        this.returnedOn = day;
    }

    public AssistiveDevice device() {
        return device;
    }

    public Institution institution() {
        return institution;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate fittedOn() {
        return fittedOn;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }
}
