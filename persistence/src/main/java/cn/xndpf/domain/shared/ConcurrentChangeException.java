package cn.xndpf.domain.shared;

/** Someone else saved the record since the caller read it (optimistic locking): nothing was written. */
public class ConcurrentChangeException extends InvalidValueException {

    public ConcurrentChangeException() {
        super("version", "concurrent.modification");
    }
}
