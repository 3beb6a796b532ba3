package cn.xndpf.application.audit;

import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Lets administrators search the audit log. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditService {

    @Inject
    private AuditRepository repository;

    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        return repository.search(query, first, Math.min(max, 500));
    }

    public long count(AuditQuery query) {
        return repository.count(query);
    }
}
