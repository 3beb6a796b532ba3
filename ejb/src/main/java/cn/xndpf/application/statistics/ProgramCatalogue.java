package cn.xndpf.application.statistics;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A program's part of the catalogue: its active indicators in report order. */
public record ProgramCatalogue(String code, String chineseName, String englishName, List<IndicatorView> indicators)
        implements Serializable {

    public String name(Locale locale) {
        return IndicatorView.english(locale) ? englishName : chineseName;
    }
}
