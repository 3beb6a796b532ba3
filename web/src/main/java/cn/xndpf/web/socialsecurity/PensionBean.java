package cn.xndpf.web.socialsecurity;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.socialsecurity.InclusionService;
import cn.xndpf.application.socialsecurity.InclusionView;
import cn.xndpf.application.socialsecurity.PensionListService;
import cn.xndpf.application.socialsecurity.PensionListView;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * 养老保险名单: a year's pension contribution list of the jurisdiction with the partner's answers and its counts,
 * compiled from this page (this year or the last; the service refuses any other), and the inclusion in 低保 and
 * 特困 (应保尽保) on a day. District and city staff; the services decide what is allowed.
 */
@Named("pension")
@ViewScoped
public class PensionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The years offered: the five of the statistics' longest period, of which the first two can be compiled. */
    private static final int YEARS_SHOWN = 5;

    private static final Map<String, String> FIELDS = Map.of("year", "pension:year", "day", "inclusion:day");

    @EJB
    private PensionListService pensions;

    @EJB
    private InclusionService inclusion;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.socialsecurity.messages")
    private ScreenTexts texts;

    private int year = PlatformClock.today().getYear();
    private PensionListView list;
    private LocalDate day = PlatformClock.today();
    private InclusionView included;

    @PostConstruct
    void init() {
        show();
        showInclusion();
    }

    public void show() {
        try {
            list = pensions.yearList(year);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void compile() {
        try {
            int added = pensions.compile(year);
            texts.info("pension.compiled", String.valueOf(year), added);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
            return;
        } catch (EJBAccessException e) {
            messages.show(e);
            return;
        }
        show();
    }

    public void showInclusion() {
        try {
            included = inclusion.on(day);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public List<Integer> getYears() {
        int now = PlatformClock.today().getYear();
        return IntStream.range(0, YEARS_SHOWN).mapToObj(i -> now - i).toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public PensionListView getList() {
        return list;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public InclusionView getIncluded() {
        return included;
    }
}
