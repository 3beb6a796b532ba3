package cn.xndpf.infrastructure.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the OpenAPI document that Payara generates at {@code /openapi} one that standard validators and
 * client generators accept (registered as {@code mp.openapi.filter} in META-INF/microprofile-config.properties):
 * <ul>
 *     <li>a path parameter is always {@code required: true} (OpenAPI 3.0 demands it; Payara writes the
 *     {@code @Parameter} default, false);</li>
 *     <li>a {@code string} schema has no {@code properties} (Payara copies an object's members into the
 *     plain-text and binary responses of the bank file);</li>
 *     <li>no top-level {@code endpoints} member (a Payara addition the OpenAPI schema does not allow);</li>
 *     <li>no {@code maxProperties: 0} and similar zero or false values Payara writes for every schema, which
 *     would tell a validating client that an object may have no members at all;</li>
 *     <li>each tag once (two resources share the civil-affairs tag).</li>
 * </ul>
 * It lives in the EJB module, not beside the REST resources, because Payara reads MicroProfile Config
 * and loads the filter with the application's (the EAR's) class loader, which does not see into the WAR.
 * Lists in the JSON classes name their element type ({@code @Schema(type = ARRAY, implementation = ...)}),
 * without which Payara describes them as arrays of arrays.
 */
public class OpenApiCleanup implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiCleanup.class.getName());

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() == Schema.SchemaType.STRING && schema.getProperties() != null) {
            schema.setProperties(null);
            schema.setRequired(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            Map<String, Tag> once = new LinkedHashMap<>();
            for (Tag t : openAPI.getTags()) {
                Tag kept = once.get(t.getName());
                if (kept == null || kept.getDescription() == null && t.getDescription() != null) {
                    once.put(t.getName(), t);
                }
            }
            openAPI.setTags(new ArrayList<>(once.values()));
        }
        // Payara's own model keeps the list of endpoints in a field of its implementation class; an empty
        // map is left out of the document (null would break Payara's copy of the model)
        try {
            Method set = openAPI.getClass().getMethod("setEndpoints", Map.class);
            set.invoke(openAPI, new TreeMap<String, Set<String>>());
        } catch (NoSuchMethodException e) {
            // another implementation: nothing to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "OpenAPI: could not drop Payara's endpoints list", e);
        }
    }
}
