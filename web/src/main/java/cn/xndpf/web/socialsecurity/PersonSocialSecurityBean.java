package cn.xndpf.web.socialsecurity;

import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.socialsecurity.PersonSocialSecurityService;
import cn.xndpf.application.socialsecurity.PersonSocialSecurityView;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.person.PersonViewBean;
import cn.xndpf.web.shared.Labels;
import cn.xndpf.web.shared.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.stream.Collectors;

/**
 * The 社会保障 section of the person's page ({@code /WEB-INF/includes/socialsecurity/person-section.xhtml}, included
 * by {@code app/person/view.xhtml}): this program reads the record the page opened, so the registry's page names no
 * program in its code (the kernel never depends on a program). It is read once a request, after the page's audited
 * opening of the record, as part of that view: it writes no audit entry of its own.
 */
@Named("personSocialSecurity")
@RequestScoped
public class PersonSocialSecurityBean {

    @EJB
    private PersonSocialSecurityService service;

    @Inject
    private PersonViewBean personView;

    @Inject
    private Labels labels;

    @Inject
    private LocaleBean localeBean;

    private PersonSocialSecurityView section;
    private boolean read;

    /** The person's pension lines and the household's statuses today; null when no record is open. */
    public PersonSocialSecurityView getSection() {
        if (!read) {
            read = true;
            PersonRecord record = personView.getRecord();
            try {
                section = record == null ? null : service.of(record.id());
            } catch (InvalidValueException | EJBAccessException e) {
                // the record itself was refused or has just left the jurisdiction: the page says so already
                section = null;
            }
        }
        return section;
    }

    /** The household's 低保/特困 statuses of today, named in the user's language ("低保、特困"). */
    public String getStatuses() {
        PersonSocialSecurityView s = getSection();
        return s == null ? "" : s.includedStatuses().stream().map(labels::of)
                .collect(Collectors.joining(localeBean.isEnglish() ? ", " : "、"));
    }
}
