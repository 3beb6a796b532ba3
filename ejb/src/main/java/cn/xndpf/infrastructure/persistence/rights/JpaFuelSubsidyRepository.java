package cn.xndpf.infrastructure.persistence.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.rights.FuelSubsidyCase;
import cn.xndpf.domain.rights.FuelSubsidyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFuelSubsidyRepository implements FuelSubsidyRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<FuelSubsidyCase> find(long caseId) {
        return Optional.ofNullable(em.find(FuelSubsidyCase.class, caseId));
    }

    @Override
    public boolean applied(long personId, int year) {
        return !em.createQuery("SELECT c.id FROM FuelSubsidyCase c WHERE c.ownerId = :p AND c.year = :y", Long.class)
                .setParameter("p", personId).setParameter("y", year).getResultList().isEmpty();
    }

    @Override
    public List<FuelSubsidyCase> ofYear(DivisionCode jurisdiction, int year) {
        return em.createQuery("SELECT c FROM FuelSubsidyCase c WHERE c.division LIKE :d AND c.year = :y"
                        + " ORDER BY c.appliedOn DESC, c.id DESC", FuelSubsidyCase.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("y", year).getResultList();
    }
}
