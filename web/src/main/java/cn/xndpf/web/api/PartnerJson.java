package cn.xndpf.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.StringReader;

/**
 * Reads partners' JSON bodies member by member. Values are taken as text whatever their JSON type, so a
 * number where a code is expected is reported as a bad value of that field, item by item, instead of
 * failing the whole request.
 */
public final class PartnerJson {

    private PartnerJson() {
    }

    /** The body as a JSON object; malformed JSON or anything else than an object is a 400 invalid_json. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw RequestProblem.invalidJson("empty body");
        }
        JsonStructure s;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            s = reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw RequestProblem.invalidJson(e.getMessage());
        } catch (RuntimeException e) {
            // the parser's own limits (Parsson: "Input is too deeply nested") are plain runtime exceptions
            throw RequestProblem.invalidJson("the JSON is nested too deeply or otherwise unreadable");
        }
        if (s.getValueType() != JsonValue.ValueType.OBJECT) {
            throw RequestProblem.invalidJson("a JSON object is expected");
        }
        return s.asJsonObject();
    }

    /** A member as text: null when absent or JSON null, a string's value, any other value as written. */
    public static String text(JsonObject o, String name) {
        if (o == null) {
            return null;
        }
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
