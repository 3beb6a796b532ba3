package cn.xndpf.application.subsidy;

import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import cn.xndpf.domain.subsidy.PaymentRollRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The banks' side of the payment rolls (银行代发): fetch a roll's payment file and hand back the return
 * file. Called by the partner REST and SOAP endpoints after the partner's credentials and its
 * {@code bank-payment} scope were checked there; it checks again itself, whatever called it: the scope, and
 * that the bank serves the roll's division (a roll of a division it does not serve is answered like a roll
 * that does not exist). The partner code is recorded in the audit log as the actor.
 */
@Stateless
@PermitAll
public class BankPaymentService {

    @Inject
    private PaymentRollRepository rolls;

    @Inject
    private BankFiles bankFiles;

    @EJB
    private PartnerDirectory partners;

    public ExportedFile bankFile(String month, String division, String format, String partnerCode) {
        return bankFiles.export(roll(month, division, partnerCode), format, actor(partnerCode));
    }

    public BankReturnReport bankReturns(String month, String division, byte[] csv, String partnerCode) {
        return bankFiles.importReturns(roll(month, division, partnerCode), csv, actor(partnerCode));
    }

    private PaymentRoll roll(String month, String division, String partnerCode) {
        partners.requireScope(partnerCode, Partner.SCOPE_BANK_PAYMENT);
        PaymentRollKey key = PaymentRollKey.of(month, division);
        return rolls.find(key.month(), key.division())
                .filter(r -> partners.serves(partnerCode, Partner.SCOPE_BANK_PAYMENT, r.division()))
                .orElseThrow(() -> new NotFoundException("roll", "payment.rollNotFound"));
    }

    private static String actor(String partnerCode) {
        return "partner:" + (partnerCode == null ? "?" : partnerCode);
    }
}
