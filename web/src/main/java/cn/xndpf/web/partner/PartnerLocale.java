package cn.xndpf.web.partner;

import java.util.List;
import java.util.Locale;

/**
 * The language of messages returned to partner systems: English when the caller's Accept-Language
 * prefers it, Chinese (the platform's first language) in every other case.
 */
public final class PartnerLocale {

    private PartnerLocale() {
    }

    public static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String language = range.getRange().split("-")[0];
                if ("zh".equalsIgnoreCase(language)) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if ("en".equalsIgnoreCase(language)) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // an unreadable header is not the caller's request failing: answer in Chinese
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static Locale fromLocales(List<Locale> preferred) {
        for (Locale l : preferred) {
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
