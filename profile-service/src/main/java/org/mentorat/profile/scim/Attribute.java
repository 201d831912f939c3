package org.mentorat.profile.scim;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One attribute definition of RFC 7643 §7. {@code supported} says whether Mentorat stores it:
 * supported attributes are advertised under /Schemas; the others are still known, so that a
 * client may send them (they are accepted and ignored) while a misspelt name is an error.
 */
record Attribute(String name, String type, boolean multiValued, boolean required, boolean caseExact,
        String mutability, String returned, String uniqueness, boolean supported, String description,
        List<String> canonicalValues, List<Attribute> subAttributes) {

    static Attribute string(String name, String description) {
        return new Attribute(name, "string", false, false, false, "readWrite", "default", "none", true,
                description, List.of(), List.of());
    }

    static Attribute bool(String name, String description) {
        return string(name, description).ofType("boolean");
    }

    static Attribute complex(String name, String description, Attribute... subAttributes) {
        return string(name, description).ofType("complex").with(List.of(subAttributes));
    }

    /** A multi-valued attribute of RFC 7643 §2.4's usual shape: value, display, type, primary. */
    static Attribute multiValued(String name, String description, String... types) {
        return complex(name, description, string("value", "The value."), string("display", "A label for display."),
                string("type", "Kind of value.").canonical(types), bool("primary", "Whether this is the primary value."))
                .asMultiValued();
    }

    /** An RFC 7643 attribute Mentorat does not keep: accepted in requests, never returned. */
    static Attribute ignored(String name) {
        return string(name, "Not kept by Mentorat.").unsupported();
    }

    Attribute ofType(String newType) {
        return new Attribute(name, newType, multiValued, required, caseExact, mutability, returned, uniqueness,
                supported, description, canonicalValues, subAttributes);
    }

    Attribute with(List<Attribute> subs) {
        return new Attribute(name, type, multiValued, required, caseExact, mutability, returned, uniqueness,
                supported, description, canonicalValues, subs);
    }

    Attribute asMultiValued() {
        return new Attribute(name, type, true, required, caseExact, mutability, returned, uniqueness,
                supported, description, canonicalValues, subAttributes);
    }

    Attribute asRequired() {
        return new Attribute(name, type, multiValued, true, caseExact, mutability, returned, uniqueness,
                supported, description, canonicalValues, subAttributes);
    }

    Attribute asCaseExact() {
        return new Attribute(name, type, multiValued, required, true, mutability, returned, uniqueness,
                supported, description, canonicalValues, subAttributes);
    }

    Attribute readOnly() {
        return new Attribute(name, type, multiValued, required, caseExact, "readOnly", returned, uniqueness,
                supported, description, canonicalValues, subAttributes);
    }

    Attribute returnedAlways() {
        return new Attribute(name, type, multiValued, required, caseExact, mutability, "always", uniqueness,
                supported, description, canonicalValues, subAttributes);
    }

    Attribute uniqueOnServer() {
        return new Attribute(name, type, multiValued, required, caseExact, mutability, returned, "server",
                supported, description, canonicalValues, subAttributes);
    }

    Attribute canonical(String... values) {
        return new Attribute(name, type, multiValued, required, caseExact, mutability, returned, uniqueness,
                supported, description, List.of(values), subAttributes);
    }

    Attribute unsupported() {
        return new Attribute(name, type, multiValued, required, caseExact, mutability, returned, uniqueness,
                false, description, canonicalValues, subAttributes);
    }

    boolean isComplex() {
        return "complex".equals(type);
    }

    boolean isReadOnly() {
        return "readOnly".equals(mutability);
    }

    Optional<Attribute> sub(String subName) {
        return subAttributes.stream().filter(sub -> sub.name().equalsIgnoreCase(subName)).findFirst();
    }

    /** The definition as /Schemas shows it (RFC 7643 §7); only what Mentorat keeps. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode()
                .put("name", name).put("type", type).put("multiValued", multiValued)
                .put("description", description).put("required", required);
        if (!isComplex()) {
            json.put("caseExact", caseExact);
        }
        if (!canonicalValues.isEmpty()) {
            canonicalValues.forEach(json.putArray("canonicalValues")::add);
        }
        json.put("mutability", mutability).put("returned", returned);
        if (!isComplex() && !"boolean".equals(type)) {
            json.put("uniqueness", uniqueness);
        }
        if (isComplex()) {
            subAttributes.stream().filter(Attribute::supported).map(Attribute::toJson)
                    .forEach(json.putArray("subAttributes")::add);
        }
        return json;
    }
}
