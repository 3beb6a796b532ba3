package cn.xndpf.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test helper that {@link Deployments} puts into the EJB module rather than the web module: an
 * observer of an event the services fire (a web module's observer would not see it). Such a class must be
 * public, since the tests in the web module reach it through the application's class loader.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InEjbModule {
}
