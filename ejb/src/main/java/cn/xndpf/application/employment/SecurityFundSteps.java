package cn.xndpf.application.employment;

import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.division.DivisionCode;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What the job {@code employment-security-fund} does, for the batch identity only: the employers of a division
 * in id order after a checkpoint, and the fund of a chunk of them, in the chunk's transaction.
 */
@Stateless
@DeclareRoles(Roles.BATCH)
@RolesAllowed(Roles.BATCH)
public class SecurityFundSteps {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @EJB
    private SecurityFundService funds;

    /** Employer ids of the division after {@code afterId}, in id order. */
    public List<Long> employers(DivisionCode division, long afterId) {
        return em.createQuery("SELECT e.id FROM Employer e WHERE e.division LIKE :d AND e.id > :after ORDER BY e.id",
                        Long.class)
                .setParameter("d", division.prefix() + "%").setParameter("after", afterId).getResultList();
    }

    /** Computes the year for each employer (those not ready are passed over); returns how many have a fund. */
    public int compute(List<Long> employerIds, int year, String requestedBy, long jobExecution) {
        int computed = 0;
        for (long id : employerIds) {
            if (funds.computeForJob(id, year, requestedBy, jobExecution).isPresent()) {
                computed++;
            }
        }
        return computed;
    }
}
