package cn.xndpf.web.person;

import cn.xndpf.application.division.DivisionService;
import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRecord.CertificateView;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.security.CurrentUser;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 个人档案: one person's full record (opening it is audited by the service) and the certificate
 * actions. Each action sends the version of the certificate the user saw, so a change made by someone
 * else in the meantime is refused rather than overwritten.
 */
@Named("personView")
@ViewScoped
public class PersonViewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SUGGESTIONS = 20;

    @EJB
    private RegistryService registry;

    @EJB
    private DivisionService divisionService;

    @Inject
    private FacesMessages messages;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private PersonRecord record;

    private final CertificateForm issueForm = new CertificateForm();
    private final CertificateForm reassessForm = new CertificateForm();
    private final CertificateForm transferForm = new CertificateForm();
    private final CertificateForm renewForm = new CertificateForm();
    private final CertificateForm cancelForm = new CertificateForm();

    /** Township and community names by code, for the transfer target picker; filled on first use. */
    private LinkedHashMap<String, String> transferTargets;

    /** View action: opens the record named by the {@code id} parameter. */
    public void load() {
        record = null;
        long personId;
        try {
            personId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            messages.globalError("person.notFound");
            return;
        }
        try {
            record = registry.open(personId);
            prefill();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    private void prefill() {
        CertificateView current = record.validCertificate();
        if (current != null) {
            reassessForm.setCategory(current.category());
            reassessForm.setLevel(current.level());
        }
    }

    public void issue() {
        run("issueForm", "certificate.issued",
                () -> registry.issueCertificate(record.id(), issueForm.getCategory(), issueForm.getLevel(),
                        issueForm.getDate()));
    }

    public void reassess() {
        CertificateView c = current();
        run("reassessForm", "certificate.reassessed",
                () -> registry.reassess(c.id(), c.version(), reassessForm.getCategory(), reassessForm.getLevel(),
                        reassessForm.getDate(), reassessForm.getReason()));
    }

    public void transfer() {
        CertificateView c = current();
        run("transferForm", "certificate.transferred",
                () -> registry.transfer(c.id(), c.version(), codeOf(transferForm.getTargetDivision()),
                        transferForm.getDate(), transferForm.getReason()));
    }

    public void renew() {
        CertificateView c = current();
        run("renewForm", "certificate.renewed",
                () -> registry.renew(c.id(), c.version(), renewForm.getDate(), renewForm.getReason()));
    }

    public void cancel() {
        CertificateView c = current();
        run("cancelForm", "certificate.cancelled",
                () -> registry.cancel(c.id(), c.version(), cancelForm.getCancellationReason(), cancelForm.getDate(),
                        cancelForm.getNote()));
    }

    private CertificateView current() {
        return record == null ? null : record.validCertificate();
    }

    private void run(String formId, String doneKey, Runnable call) {
        if (record == null || (!"issueForm".equals(formId) && current() == null)) {
            messages.globalError("certificate.noneValid");
            return;
        }
        try {
            call.run();
        } catch (InvalidValueException e) {
            messages.show(e, fieldsOf(formId));
            return;
        } catch (EJBAccessException e) {
            messages.show(e);
            return;
        }
        messages.globalInfo(doneKey);
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        try {
            record = registry.open(record.id());
            prefill();
        } catch (InvalidValueException e) {
            // e.g. transferred out of the user's jurisdiction: the change is done, the record is no longer visible
            record = null;
            messages.show(e, Map.of());
        }
    }

    private static Map<String, String> fieldsOf(String formId) {
        return Map.of("category", formId + ":category", "level", formId + ":level", "date", formId + ":date",
                "reason", formId + ":reason", DivisionCode.FIELD, formId + ":target");
    }

    /** The code part of an autocomplete entry: the user may type the code itself. */
    private static String codeOf(String target) {
        if (target == null) {
            return null;
        }
        String t = target.trim();
        int space = t.indexOf(' ');
        return space > 0 ? t.substring(0, space) : t;
    }

    /** Transfer targets (townships and communities of the user's city) whose code or name contains the query. */
    public List<String> completeTarget(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return targets().entrySet().stream()
                .filter(e -> e.getKey().contains(q) || e.getValue().toLowerCase(Locale.ROOT).contains(q))
                .limit(MAX_SUGGESTIONS)
                .map(e -> e.getKey() + " " + e.getValue())
                .toList();
    }

    private Map<String, String> targets() {
        if (transferTargets == null) {
            String j = currentUser.getJurisdiction();
            DivisionCode city = DivisionCode.of(j.length() >= 4 ? j.substring(0, 4) + "00" : j);
            transferTargets = new LinkedHashMap<>();
            for (Division d : divisionService.subtree(city)) {
                if (d.level() == DivisionLevel.TOWNSHIP || d.level() == DivisionLevel.COMMUNITY) {
                    transferTargets.put(d.code().value(), d.name());
                }
            }
        }
        return transferTargets;
    }

    public DisabilityCategory[] getCategories() {
        return DisabilityCategory.values();
    }

    public DisabilityLevel[] getLevels() {
        return DisabilityLevel.values();
    }

    public CancellationReason[] getCancellationReasons() {
        return CancellationReason.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonRecord getRecord() {
        return record;
    }

    public CertificateView getCurrent() {
        return current();
    }

    public CertificateForm getIssueForm() {
        return issueForm;
    }

    public CertificateForm getReassessForm() {
        return reassessForm;
    }

    public CertificateForm getTransferForm() {
        return transferForm;
    }

    public CertificateForm getRenewForm() {
        return renewForm;
    }

    public CertificateForm getCancelForm() {
        return cancelForm;
    }
}
