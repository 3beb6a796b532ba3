package cn.xndpf.web.statistics;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.statistics.ReviewTemplateService;
import cn.xndpf.application.statistics.ReviewTemplateView;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 综述模板 ({@code /admin/review-templates.xhtml}): the administrator words each program's part of the review. */
@Named("reviewTemplates")
@ViewScoped
public class ReviewTemplatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewTemplateService service;

    @Inject
    @ScreenBundle("cn.xndpf.web.statistics.messages")
    private ScreenTexts texts;

    private List<ReviewTemplateView> templates = List.of();
    private ReviewTemplateView editing;
    private String body;

    @PostConstruct
    void init() {
        templates = service.templates();
    }

    public void edit(ReviewTemplateView t) {
        editing = t;
        body = t.body();
    }

    public void save() {
        if (editing == null) {
            return;
        }
        try {
            ReviewTemplateView saved = service.rewrite(editing.id(), editing.version(), body);
            templates = service.templates();
            editing = null;
            texts.info("tpl.saved", programName(saved), languageName(saved));
        } catch (InvalidValueException e) {
            texts.error(e);
        }
    }

    public void cancel() {
        editing = null;
    }

    public String programName(ReviewTemplateView t) {
        return "en".equals(texts.locale().getLanguage()) ? t.programNameEn() : t.programNameZh();
    }

    public String languageName(ReviewTemplateView t) {
        return texts.text("tpl.language." + t.language());
    }

    public List<ReviewTemplateView> getTemplates() {
        return templates;
    }

    public ReviewTemplateView getEditing() {
        return editing;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
