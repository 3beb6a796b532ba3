package cn.xndpf.domain.security;

import java.util.List;
import java.util.Optional;

public interface StaffUserRepository {

    Optional<StaffUser> find(String username);

    List<StaffUser> all();

    void store(StaffUser user);

    Optional<Partner> findPartner(String code);

    void store(Partner partner);
}
