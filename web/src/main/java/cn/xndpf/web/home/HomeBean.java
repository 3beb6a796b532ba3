package cn.xndpf.web.home;

import cn.xndpf.web.shared.ScreenTimes;
import cn.xndpf.application.home.HomeService;
import cn.xndpf.application.home.Workbench;
import cn.xndpf.web.shared.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ResourceBundle;

/** 工作台 ({@code /app/home.xhtml}): the page each member of staff lands on after signing in. */
@Named("home")
@ViewScoped
public class HomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HomeService service;

    @Inject
    private LocaleBean locale;

    private Workbench workbench;

    @PostConstruct
    void init() {
        workbench = service.workbench(locale.getLocale());
    }

    public Workbench getWorkbench() {
        return workbench;
    }

    /** A notice in the user's language. */
    public String text(Workbench.Notice n) {
        String pattern = ResourceBundle.getBundle("cn.xndpf.web.messages", locale.getLocale(),
                HomeBean.class.getClassLoader()).getString(n.key());
        return new MessageFormat(pattern, locale.getLocale()).format(n.args().toArray());
    }

    public String trend(Workbench.KeyFigure f) {
        return f.trendText(locale.isEnglish() ? "; " : "；");
    }

    public String time(Instant at) {
        return ScreenTimes.minute(at);
    }
}
