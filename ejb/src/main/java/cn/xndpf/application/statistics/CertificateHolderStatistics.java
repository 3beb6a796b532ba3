package cn.xndpf.application.statistics;

import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.person.PersonRepository.HolderCount;
import cn.xndpf.domain.statistics.CertificateHolderCount;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/**
 * 持证残疾人统计: certificate holders by county-level division, category, level and sex on a date.
 * The batch job calls {@link #countAndStore} once per division; a division's figures for a date are
 * replaced in one transaction, so a re-run or a restart never counts twice.
 */
@Stateless
public class CertificateHolderStatistics {

    @Inject
    private PersonRepository people;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @PermitAll
    public List<HolderCount> count(DivisionCode county, LocalDate day) {
        return people.countHolders(county, day);
    }

    /** Replaces the stored figures of one division and date; returns the holders counted. */
    @PermitAll
    public long replace(DivisionCode county, LocalDate day, List<HolderCount> counts) {
        em.createQuery("DELETE FROM CertificateHolderCount s WHERE s.statDate = :d AND s.divisionCode = :c")
                .setParameter("d", day).setParameter("c", county.value()).executeUpdate();
        long total = 0;
        for (HolderCount h : counts) {
            em.persist(new CertificateHolderCount(day, county.value(), h.category(), h.level(), h.sex(),
                    (int) h.holders()));
            total += h.holders();
        }
        return total;
    }

    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF, Roles.ADMIN})
    public List<CertificateHolderCount> stored(LocalDate day) {
        return em.createQuery("SELECT s FROM CertificateHolderCount s WHERE s.statDate = :d"
                        + " ORDER BY s.divisionCode, s.category, s.level, s.sex", CertificateHolderCount.class)
                .setParameter("d", day).getResultList();
    }
}
