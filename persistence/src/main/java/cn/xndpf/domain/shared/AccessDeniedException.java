package cn.xndpf.domain.shared;

/**
 * The caller may not see or change this record: it lies outside their jurisdiction (辖区), or their
 * role does not allow the action. Raised by the services, whatever screen or API called them.
 */
public class AccessDeniedException extends InvalidValueException {

    public AccessDeniedException(String field) {
        super(field, "jurisdiction.denied");
    }

    /** Refused for another reason than jurisdiction, e.g. a partner without the service's scope. */
    public AccessDeniedException(String field, String key) {
        super(field, key);
    }
}
