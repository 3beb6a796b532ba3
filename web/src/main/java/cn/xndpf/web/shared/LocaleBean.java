package cn.xndpf.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language of the screens for this session: Chinese unless the user switches to English. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** For the {@code lang} attribute of the page. */
    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    /** Switches between Chinese and English and re-renders the current page in the other language. */
    public void toggle() {
        locale = isEnglish() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }
}
