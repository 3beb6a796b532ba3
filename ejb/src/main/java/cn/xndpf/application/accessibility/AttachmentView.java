package cn.xndpf.application.accessibility;

import cn.xndpf.domain.accessibility.AttachmentStep;
import cn.xndpf.domain.accessibility.HomeModificationFile;

import java.io.Serializable;
import java.time.Instant;

/** A file attached to a home modification, as its list shows it (no content). */
public record AttachmentView(long id, long caseId, AttachmentStep step, String fileName, String contentType, int size,
                             String uploadedBy, Instant uploadedAt) implements Serializable {

    static AttachmentView of(HomeModificationFile f) {
        return new AttachmentView(f.id(), f.caseId(), f.step(), f.fileName(), f.contentType(), f.size(),
                f.uploadedBy(), f.uploadedAt());
    }
}
