package cn.xndpf.web.shared;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Which screen bundle an injected {@link ScreenTexts} reads: its base name, e.g. {@code cn.xndpf.web.rights.messages}. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface ScreenBundle {

    @Nonbinding
    String value();
}
