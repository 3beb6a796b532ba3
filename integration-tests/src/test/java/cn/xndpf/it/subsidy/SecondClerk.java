package cn.xndpf.it.subsidy;

import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import jakarta.transaction.UserTransaction;

/**
 * A second township clerk of 东关街道, so that two different people can review the same case, added once
 * (there is no user administration service yet).
 */
final class SecondClerk {

    static final String USERNAME = "clerk2-dongguan";
    static final String PASSWORD = "clerk2-it-secret";

    private SecondClerk() {
    }

    static void ensure(StaffUserRepository staffUsers, UserTransaction tx) throws Exception {
        if (staffUsers.find(USERNAME).isPresent()) {
            return;
        }
        tx.begin();
        try {
            staffUsers.store(new StaffUser(USERNAME, "东关街道经办员二 测试用户", PasswordHasher.hash(PASSWORD),
                    StaffRole.TOWNSHIP_CLERK, DivisionCode.of("630102001")));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }
}
