package cn.xndpf.web.rights;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.rights.LegalAidService;
import cn.xndpf.application.rights.LegalMatterForm;
import cn.xndpf.application.rights.LegalMatterView;
import cn.xndpf.domain.rights.LegalMatterKind;
import cn.xndpf.domain.rights.LegalOutcome;
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

/**
 * 法律咨询与法律援助: record a consultation or legal-aid case, list this year's of the jurisdiction, and record
 * the outcome of one picked from the list. The service decides what is allowed and valid.
 */
@Named("legalMatters")
@ViewScoped
public class LegalMattersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "kind", "legal:kind",
            "personName", "legal:name",
            "contact", "legal:contact",
            "idNumber", "legal:idNumber",
            "matter", "legal:matter",
            "divisionCode", "legal:division",
            "openedOn", "legal:openedOn",
            "outcome", "legal:outcome",
            "day", "legal:concludedOn",
            "note", "legal:outcomeNote");

    @EJB
    private LegalAidService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.rights.messages")
    private ScreenTexts texts;

    private List<LegalMatterView> list;

    private LegalMatterKind kind;
    private String name;
    private String contact;
    private String idNumber;
    private String matter;
    private String division;
    private LocalDate openedOn = PlatformClock.today();

    /** The matter whose outcome is being recorded, null when none is picked. */
    private LegalMatterView concluding;
    private LegalOutcome outcome;
    private LocalDate concludedOn;
    private String outcomeNote;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        LocalDate today = PlatformClock.today();
        list = service.matters(null, today.withDayOfYear(1), today);
    }

    public void save() {
        try {
            LegalMatterView saved = service.record(new LegalMatterForm(kind, name, contact, idNumber, matter, division,
                    openedOn));
            texts.info("legal.recorded", String.valueOf(saved.id()));
            kind = null;
            name = null;
            contact = null;
            idNumber = null;
            matter = null;
            openedOn = PlatformClock.today();
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void pick(long id) {
        try {
            concluding = service.matter(id);
            outcome = null;
            outcomeNote = null;
            concludedOn = PlatformClock.today();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        }
    }

    public void conclude() {
        if (concluding == null) {
            return;
        }
        try {
            LegalMatterView done = service.conclude(concluding.id(), concluding.version(), concludedOn, outcome,
                    outcomeNote);
            texts.info("legal.concluded", String.valueOf(done.id()));
            concluding = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void cancel() {
        concluding = null;
    }

    public LegalMatterKind[] getKinds() {
        return LegalMatterKind.values();
    }

    public List<LegalOutcome> getOutcomes() {
        return concluding == null ? List.of() : concluding.kind().outcomes().stream().toList();
    }

    public List<LegalMatterView> getList() {
        return list;
    }

    public LegalMatterView getConcluding() {
        return concluding;
    }

    public LegalMatterKind getKind() {
        return kind;
    }

    public void setKind(LegalMatterKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public LegalOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(LegalOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public void setConcludedOn(LocalDate concludedOn) {
        this.concludedOn = concludedOn;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }
}
