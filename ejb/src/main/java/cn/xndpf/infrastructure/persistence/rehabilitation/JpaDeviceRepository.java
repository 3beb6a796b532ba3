package cn.xndpf.infrastructure.persistence.rehabilitation;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.rehabilitation.AssistiveDevice;
import cn.xndpf.domain.rehabilitation.DeviceCase;
import cn.xndpf.domain.rehabilitation.DeviceRepository;
import cn.xndpf.domain.rehabilitation.SupplyKind;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDeviceRepository implements DeviceRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<AssistiveDevice> catalogue(LocalDate day) {
        return em.createQuery("SELECT d FROM AssistiveDevice d WHERE d.period.validFrom <= :day"
                        + " AND (d.period.validTo IS NULL OR d.period.validTo >= :day) ORDER BY d.code",
                        AssistiveDevice.class)
                .setParameter("day", day).getResultList();
    }

    @Override
    public Optional<AssistiveDevice> device(String code, LocalDate day) {
        return catalogue(day).stream().filter(d -> d.code().equals(code)).findFirst();
    }

    @Override
    public void receive(long institutionId, String deviceCode, int quantity) {
        int updated = em.createNativeQuery("UPDATE device_stock SET on_hand = on_hand + ?1"
                        + " WHERE institution_id = ?2 AND device_code = ?3")
                .setParameter(1, quantity).setParameter(2, institutionId).setParameter(3, deviceCode).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO device_stock (on_hand, institution_id, device_code) VALUES (?1, ?2, ?3)")
                    .setParameter(1, quantity).setParameter(2, institutionId).setParameter(3, deviceCode)
                    .executeUpdate();
        }
    }

    @Override
    public boolean takeOne(long institutionId, String deviceCode) {
        // The row lock serialises two issues at once; the conditional update and the table's check keep the
        // stock from going below zero even if a database re-read the row differently.
        List<?> held = em.createNativeQuery("SELECT on_hand FROM device_stock WHERE institution_id = ?1"
                        + " AND device_code = ?2 FOR UPDATE")
                .setParameter(1, institutionId).setParameter(2, deviceCode).getResultList();
        if (held.isEmpty()) {
            return false;
        }
        return em.createNativeQuery("UPDATE device_stock SET on_hand = on_hand - 1 WHERE institution_id = ?1"
                        + " AND device_code = ?2 AND on_hand > 0")
                .setParameter(1, institutionId).setParameter(2, deviceCode).executeUpdate() == 1;
    }

    @Override
    public void putBack(long institutionId, String deviceCode) {
        receive(institutionId, deviceCode, 1);
    }

    @Override
    public int onHand(long institutionId, String deviceCode) {
        List<?> rows = em.createNativeQuery("SELECT on_hand FROM device_stock WHERE institution_id = ?1"
                        + " AND device_code = ?2")
                .setParameter(1, institutionId).setParameter(2, deviceCode).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    @Override
    public List<StockLine> stock(long institutionId) {
        List<?> rows = em.createNativeQuery("SELECT device_code, on_hand FROM device_stock WHERE institution_id = ?1"
                        + " ORDER BY device_code")
                .setParameter(1, institutionId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new StockLine((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    @Override
    public List<DeviceCase> awaitingIssue(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT c FROM DeviceCase c WHERE c.division LIKE :d AND c.state = :approved"
                        + " ORDER BY c.appliedOn, c.id", DeviceCase.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("approved", CaseState.APPROVED)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<DeviceCase> lentOut(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT c FROM DeviceCase c WHERE c.division LIKE :d AND c.device.supply = :lent"
                        + " AND c.issuedOn IS NOT NULL AND c.returnedOn IS NULL AND c.state NOT IN :closed"
                        + " ORDER BY c.issuedOn, c.id", DeviceCase.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("lent", SupplyKind.LENT)
                .setParameter("closed", List.of(CaseState.REJECTED, CaseState.TERMINATED))
                .setMaxResults(max).getResultList();
    }

    @Override
    public boolean hasOpenCase(long personId, String deviceCode) {
        return !em.createQuery("SELECT c.id FROM DeviceCase c WHERE c.person.id = :p AND c.device.code = :code"
                        + " AND c.state NOT IN :closed", Long.class)
                .setParameter("p", personId).setParameter("code", deviceCode)
                .setParameter("closed", List.of(CaseState.REJECTED, CaseState.TERMINATED))
                .setMaxResults(1).getResultList().isEmpty();
    }
}
