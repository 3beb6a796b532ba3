package cn.xndpf.web.statistics;

import java.util.Locale;

/** Small helpers shared by the statistics screens. */
final class IndicatorLabels {

    private IndicatorLabels() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
