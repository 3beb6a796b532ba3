package cn.xndpf.infrastructure.persistence.security;

import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffUserRepository implements StaffUserRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<StaffUser> find(String username) {
        return Optional.ofNullable(em.find(StaffUser.class, username));
    }

    @Override
    public List<StaffUser> all() {
        return em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class).getResultList();
    }

    @Override
    public void store(StaffUser user) {
        if (em.find(StaffUser.class, user.username()) == null) {
            em.persist(user);
        }
    }

    @Override
    public Optional<Partner> findPartner(String code) {
        return Optional.ofNullable(em.find(Partner.class, code));
    }

    @Override
    public void store(Partner partner) {
        if (em.find(Partner.class, partner.code()) == null) {
            em.persist(partner);
        }
    }
}
