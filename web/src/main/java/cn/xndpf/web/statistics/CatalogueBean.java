package cn.xndpf.web.statistics;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.statistics.IndicatorView;
import cn.xndpf.application.statistics.ProgramCatalogue;
import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.domain.statistics.Dimension;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** 统计指标目录 ({@code /app/statistics/indicators.xhtml}): what each indicator counts and how. */
@Named("indicatorCatalogue")
@ViewScoped
public class CatalogueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StatisticsService statistics;

    @Inject
    @ScreenBundle("cn.xndpf.web.statistics.messages")
    private ScreenTexts texts;

    private List<ProgramCatalogue> programs = List.of();

    @PostConstruct
    void init() {
        programs = statistics.catalogue();
    }

    public List<ProgramCatalogue> getPrograms() {
        return programs;
    }

    public boolean isEnglish() {
        return IndicatorLabels.english(texts.locale());
    }

    public String dimensions(IndicatorView i) {
        return i.dimensions().stream().map(d -> isEnglish() ? d.englishName() : d.chineseName())
                .collect(Collectors.joining(isEnglish() ? ", " : "、"));
    }

    public String name(Dimension d) {
        return isEnglish() ? d.englishName() : d.chineseName();
    }
}
