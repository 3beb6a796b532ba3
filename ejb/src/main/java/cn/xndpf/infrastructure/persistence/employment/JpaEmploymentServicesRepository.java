package cn.xndpf.infrastructure.persistence.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.employment.EmploymentServicesRepository;
import cn.xndpf.domain.employment.JobFair;
import cn.xndpf.domain.employment.Placement;
import cn.xndpf.domain.employment.PlacementKind;
import cn.xndpf.domain.employment.TrainingAttendance;
import cn.xndpf.domain.employment.TrainingCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEmploymentServicesRepository implements EmploymentServicesRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<TrainingCourse> course(long id) {
        return Optional.ofNullable(em.find(TrainingCourse.class, id));
    }

    @Override
    public void store(TrainingCourse course) {
        if (course.id() == null) {
            em.persist(course);
        }
        em.flush();
    }

    @Override
    public List<TrainingCourse> coursesBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM TrainingCourse c WHERE c.division LIKE :d AND c.startsOn <= :t"
                        + " AND c.endsOn >= :f ORDER BY c.startsOn DESC, c.id DESC", TrainingCourse.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("f", from).setParameter("t", to)
                .setMaxResults(500).getResultList();
    }

    @Override
    public Optional<TrainingAttendance> attendance(long courseId, long personId) {
        return em.createQuery("SELECT a FROM TrainingAttendance a WHERE a.courseId = :c AND a.personId = :p",
                        TrainingAttendance.class)
                .setParameter("c", courseId).setParameter("p", personId).getResultStream().findFirst();
    }

    @Override
    public List<TrainingAttendance> attendanceOf(long courseId) {
        return em.createQuery("SELECT a FROM TrainingAttendance a WHERE a.courseId = :c ORDER BY a.id",
                TrainingAttendance.class).setParameter("c", courseId).getResultList();
    }

    @Override
    public void store(TrainingAttendance attendance) {
        if (attendance.id() == null) {
            em.persist(attendance);
        }
        em.flush();
    }

    @Override
    public Optional<JobFair> fair(long id) {
        return Optional.ofNullable(em.find(JobFair.class, id));
    }

    @Override
    public void store(JobFair fair) {
        em.persist(fair);
        em.flush();
    }

    @Override
    public List<JobFair> fairsBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT f FROM JobFair f WHERE f.division LIKE :d AND f.heldOn BETWEEN :f AND :t"
                        + " ORDER BY f.heldOn DESC, f.id DESC", JobFair.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("f", from).setParameter("t", to)
                .setMaxResults(500).getResultList();
    }

    @Override
    public Optional<Placement> placement(long id) {
        return Optional.ofNullable(em.find(Placement.class, id));
    }

    @Override
    public Optional<Placement> openPlacement(long personId, PlacementKind kind) {
        return em.createQuery("SELECT x FROM Placement x WHERE x.personId = :p AND x.kind = :k AND x.endedOn IS NULL",
                        Placement.class)
                .setParameter("p", personId).setParameter("k", kind).getResultStream().findFirst();
    }

    @Override
    public void store(Placement placement) {
        if (placement.id() == null) {
            em.persist(placement);
        }
        em.flush();
    }

    @Override
    public List<Placement> placementsBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT x FROM Placement x WHERE x.division LIKE :d AND x.startedOn BETWEEN :f AND :t"
                        + " ORDER BY x.startedOn DESC, x.id DESC", Placement.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("f", from).setParameter("t", to)
                .setMaxResults(500).getResultList();
    }
}
