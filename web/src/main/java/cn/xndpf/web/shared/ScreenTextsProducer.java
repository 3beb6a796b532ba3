package cn.xndpf.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;

/** Makes the {@link ScreenTexts} of the bundle an injection point names with {@link ScreenBundle}. */
@ApplicationScoped
public class ScreenTextsProducer {

    @Inject
    private LocaleBean localeBean;

    @Produces
    @Dependent
    @ScreenBundle("")
    public ScreenTexts texts(InjectionPoint at) {
        ScreenBundle bundle = at.getAnnotated().getAnnotation(ScreenBundle.class);
        if (bundle == null || bundle.value().isBlank()) {
            throw new IllegalStateException("@ScreenBundle names no bundle at " + at.getMember());
        }
        return new ScreenTexts(bundle.value(), localeBean);
    }
}
