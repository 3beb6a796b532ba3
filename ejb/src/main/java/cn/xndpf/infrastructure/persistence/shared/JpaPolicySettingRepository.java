package cn.xndpf.infrastructure.persistence.shared;

import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPolicySettingRepository implements PolicySettingRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<String> valueOn(String key, LocalDate day) {
        return InForce.on(history(key), PolicySetting::validFrom, day).map(PolicySetting::value);
    }

    @Override
    public List<PolicySetting> history(String key) {
        return em.createQuery("SELECT s FROM PolicySetting s WHERE s.key = :k ORDER BY s.validFrom", PolicySetting.class)
                .setParameter("k", key).getResultList();
    }

    @Override
    public void store(PolicySetting setting) {
        em.persist(setting);
    }
}
