package cn.xndpf.web.accessibility;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.accessibility.AttachmentView;
import cn.xndpf.application.accessibility.Download;
import cn.xndpf.application.accessibility.HomeModificationService;
import cn.xndpf.application.accessibility.HomeModificationView;
import cn.xndpf.domain.accessibility.AttachmentStep;
import cn.xndpf.domain.accessibility.HomeModificationStage;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 家庭无障碍改造: take a household's application (reviewed on the kernel's queue), list the jurisdiction's
 * modifications, and for the one chosen record the next step (survey, works, acceptance, payment) with the
 * version read, attach photos or documents and download them. The service decides what is allowed.
 */
@Named("homeModifications")
@ViewScoped
public class HomeModificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("idNumber", "homes:idNumber"),
            Map.entry("surveyDay", "homes:day"),
            Map.entry("worksStart", "homes:day"),
            Map.entry("acceptanceDay", "homes:day"),
            Map.entry("paidOn", "homes:day"),
            Map.entry("surveyor", "homes:surveyor"),
            Map.entry("plannedItems", "homes:items"),
            Map.entry("estimatedCost", "homes:amount"),
            Map.entry("paidAmount", "homes:amount"),
            Map.entry("contractor", "homes:contractor"),
            Map.entry("acceptanceNote", "homes:note"));

    @EJB
    private HomeModificationService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.accessibility.messages")
    private ScreenTexts texts;

    private String idNumber;
    private List<HomeModificationView> list;
    private HomeModificationView selected;
    private List<AttachmentView> files = List.of();
    private LocalDate day = PlatformClock.today();
    private String surveyor;
    private String items;
    private BigDecimal amount;
    private String contractor;
    private boolean accepted = true;
    private String note;
    private AttachmentStep uploadStep = AttachmentStep.SURVEY;

    @PostConstruct
    void init() {
        list = service.list();
    }

    public void apply() {
        try {
            long id = service.apply(idNumber);
            idNumber = null;
            list = service.list();
            info("homes.applied", service.open(id).caseNumber());
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void choose(HomeModificationView row) {
        try {
            select(service.open(row.caseId()));
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        }
    }

    /** Records the step the chosen case waits for, with the fields of that step. */
    public void record() {
        if (selected == null) {
            return;
        }
        try {
            long id = selected.caseId();
            int v = selected.version();
            HomeModificationView after = switch (selected.stage()) {
                case APPLIED -> service.survey(id, v, day, surveyor, items, amount);
                case SURVEYED -> service.startWorks(id, v, contractor, day);
                case WORKS -> service.accept(id, v, day, accepted, note);
                case ACCEPTED -> service.pay(id, v, amount, day);
                case PAID -> selected;
            };
            select(after);
            list = service.list();
            info("homes.recorded", after.caseNumber(),
                    texts.english() ? after.stage().englishName() : after.stage().chineseName());
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void upload(FileUploadEvent event) {
        if (selected == null) {
            return;
        }
        try {
            AttachmentView f = service.attach(selected.caseId(), uploadStep, event.getFile().getFileName(),
                    event.getFile().getContent());
            files = service.files(selected.caseId());
            info("homes.uploaded", f.fileName());
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public StreamedContent download(AttachmentView f) {
        try {
            Download d = service.download(f.id());
            return DefaultStreamedContent.builder().name(d.fileName()).contentType(d.contentType())
                    .contentLength((long) d.content().length).stream(() -> new ByteArrayInputStream(d.content())).build();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
            return null;
        }
    }

    private void select(HomeModificationView v) {
        selected = v;
        files = service.files(v.caseId());
        day = PlatformClock.today();
        surveyor = null;
        items = null;
        contractor = null;
        note = null;
        accepted = true;
        amount = v.stage() == HomeModificationStage.ACCEPTED ? v.estimatedCost() : null;
        uploadStep = v.stage() == HomeModificationStage.APPLIED || v.stage() == HomeModificationStage.SURVEYED
                ? AttachmentStep.SURVEY : AttachmentStep.ACCEPTANCE;
    }

    private void info(String key, Object... args) {
        texts.info(key, args);
    }

    public String stepKey() {
        return selected == null ? null : "homes.step." + selected.stage().name();
    }

    public AttachmentStep[] getSteps() {
        return AttachmentStep.values();
    }

    public List<HomeModificationView> getList() {
        return list;
    }

    public HomeModificationView getSelected() {
        return selected;
    }

    public List<AttachmentView> getFiles() {
        return files;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getSurveyor() {
        return surveyor;
    }

    public void setSurveyor(String surveyor) {
        this.surveyor = surveyor;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getContractor() {
        return contractor;
    }

    public void setContractor(String contractor) {
        this.contractor = contractor;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public AttachmentStep getUploadStep() {
        return uploadStep;
    }

    public void setUploadStep(AttachmentStep uploadStep) {
        this.uploadStep = uploadStep;
    }
}
