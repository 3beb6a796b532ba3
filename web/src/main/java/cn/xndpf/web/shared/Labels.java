package cn.xndpf.web.shared;

import cn.xndpf.domain.person.DisabilityLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Display names of the domain's code enums (category, level, status, sex, ...) and of named data such as
 * a review stage, which all carry {@code chineseName()} and {@code englishName()}:
 * {@code #{labels.of(row.category())}}.
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    @Inject
    private LocaleBean localeBean;

    public String of(Object value) {
        if (value == null) {
            return "";
        }
        String accessor = localeBean.isEnglish() ? "englishName" : "chineseName";
        Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
        try {
            Method m = type.getMethod(accessor);
            return String.valueOf(m.invoke(value));
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
            return value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }

    /** The name of a disability level held as its code (一级 .. 四级), as views of counted lines carry it. */
    public String level(int code) {
        return of(DisabilityLevel.ofCode(code));
    }

    /** 是/否 or Yes/No. */
    public String yesNo(boolean value) {
        if (localeBean.isEnglish()) {
            return value ? "Yes" : "No";
        }
        return value ? "是" : "否";
    }
}
