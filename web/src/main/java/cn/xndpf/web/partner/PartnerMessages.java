package cn.xndpf.web.partner;

import cn.xndpf.domain.shared.DomainMessages;

import java.util.Locale;

/** Messages of the partner interfaces themselves (authentication, request shape), in Chinese or English. */
public final class PartnerMessages {

    private static final String BUNDLE = "cn.xndpf.web.partner.PartnerMessages";

    private PartnerMessages() {
    }

    public static String get(String key, Locale locale, Object... args) {
        return DomainMessages.format(BUNDLE, PartnerMessages.class.getClassLoader(), key, locale, args);
    }
}
