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
 * {@code @RunAs}) make each call to the beans that do a job's steps through this bean, by way of
 * {@link BatchCaller}, so those beans can admit {@link Roles#BATCH} and no one else. The run-as principal
 * is {@value Roles#BATCH_PRINCIPAL} ({@code META-INF/glassfish-ejb-jar.xml}); Payara gives it the groups of
 * the file-realm user of that name, which {@code dpf-server.sh} creates in the group {@value Roles#BATCH}.
 * <p>
 * Only this module uses it: the web module may not depend on the batch module (LayeringTest), and the
 * EJB module cannot see it. It starts no transaction of its own, and it hands an exception back as a value
 * instead of throwing it, so the container adds nothing to it: the artifact sees exactly what the steps
 * bean threw (and a system exception there has already marked the step's transaction for rollback).
 */
@Stateless
@DeclareRoles(Roles.BATCH)
@RunAs(Roles.BATCH)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BatchIdentity {

    /** What one call gave: its value, or the runtime exception it threw. */
    public record Outcome<T>(T value, RuntimeException failure) {
    }

    /** Runs {@code step} (one call to a steps bean) as the batch runtime. */
    public <T> Outcome<T> attempt(Supplier<T> step) {
        try {
            return new Outcome<>(step.get(), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }
}
