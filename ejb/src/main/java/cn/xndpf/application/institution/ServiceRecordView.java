package cn.xndpf.application.institution;

import cn.xndpf.domain.institution.RecordChannel;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.institution.ServiceRecord;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A service record as screens and partners see it, with the ID number masked. */
public record ServiceRecordView(long id, String personName, String maskedIdNumber, long institutionId,
                                String institutionName, ServiceKind service, LocalDate day, int quantity,
                                BigDecimal amount, RecordChannel channel, String recordedBy) implements Serializable {

    static ServiceRecordView of(ServiceRecord r) {
        return new ServiceRecordView(r.id(), r.person().name(), r.person().idNumber().masked(), r.institution().id(),
                r.institution().name(), r.service(), r.serviceDate(), r.quantity(), r.amount(), r.channel(),
                r.recordedBy());
    }
}
