package cn.xndpf.web.rights;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.rights.PetitionForm;
import cn.xndpf.application.rights.PetitionService;
import cn.xndpf.application.rights.PetitionView;
import cn.xndpf.domain.rights.PetitionChannel;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** 信访登记: district and city staff register a petition for a responsible division; the service decides. */
@Named("petitionRegister")
@ViewScoped
public class PetitionRegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "channel", "register:channel",
            "petitionerName", "register:name",
            "contact", "register:contact",
            "idNumber", "register:idNumber",
            "matter", "register:matter",
            "divisionCode", "register:division",
            "receivedOn", "register:receivedOn");

    @EJB
    private PetitionService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.rights.messages")
    private ScreenTexts texts;

    private PetitionChannel channel;
    private String name;
    private String contact;
    private String idNumber;
    private String matter;
    private String division;
    private LocalDate receivedOn = PlatformClock.today();
    private PetitionView registered;

    public void save() {
        try {
            registered = service.register(new PetitionForm(channel, name, contact, idNumber, matter, division,
                    receivedOn));
            texts.info("register.done", String.valueOf(registered.id()), String.valueOf(registered.acceptBy()));
            channel = null;
            name = null;
            contact = null;
            idNumber = null;
            matter = null;
            receivedOn = PlatformClock.today();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public PetitionChannel[] getChannels() {
        return PetitionChannel.values();
    }

    public PetitionView getRegistered() {
        return registered;
    }

    public PetitionChannel getChannel() {
        return channel;
    }

    public void setChannel(PetitionChannel channel) {
        this.channel = channel;
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

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
