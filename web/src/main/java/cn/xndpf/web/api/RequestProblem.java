package cn.xndpf.web.api;

/**
 * A request the API cannot read (malformed JSON, neither or both numbers). Unlike the domain's
 * InvalidValueException its message lives in the partner interfaces' own bundle.
 */
public class RequestProblem extends RuntimeException {

    private final String error;
    private final String field;
    private final String key;
    private final transient Object[] args;

    public RequestProblem(String field, String key) {
        this("invalid_value", field, key);
    }

    private RequestProblem(String error, String field, String key, Object... args) {
        super(key);
        this.error = error;
        this.field = field;
        this.key = key;
        this.args = args;
    }

    public static RequestProblem invalidJson(String detail) {
        return new RequestProblem("invalid_json", null, "request.invalidJson", detail == null ? "" : detail);
    }

    public String error() {
        return error;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
