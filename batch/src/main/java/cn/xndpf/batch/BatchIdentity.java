package cn.xndpf.batch;

import cn.xndpf.application.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * The batch runtime's own identity (批处理身份): the job artifacts (CDI beans, which cannot carry
 * {@code @RunAs}) make each call to the beans that do a job's steps through this bean, so those beans can
 * admit {@link Roles#BATCH} and no one else. The run-as principal is {@value Roles#BATCH_PRINCIPAL}
 * ({@code META-INF/glassfish-ejb-jar.xml}); Payara gives it the groups of the file-realm user of that name,
 * which {@code dpf-server.sh} creates in the group {@value Roles#BATCH}.
 * <p>
 * Only this module uses it: the web module may not depend on the batch module (LayeringTest), and the
 * EJB module cannot see it. It starts no transaction of its own, so each call keeps the transaction it
 * had before (the chunk's, or the called bean's own).
 */
@Stateless
@DeclareRoles(Roles.BATCH)
@RunAs(Roles.BATCH)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BatchIdentity {

    /** Runs {@code step} (one call to a steps bean) as the batch runtime and returns its result. */
    public <T> T call(Supplier<T> step) {
        return step.get();
    }

    /** Runs {@code step} (one call to a steps bean) as the batch runtime. */
    public void run(Runnable step) {
        step.run();
    }
}
