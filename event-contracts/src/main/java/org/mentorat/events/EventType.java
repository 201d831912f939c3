package org.mentorat.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The logical CloudEvents type of an event record, as it appears on the wire in {@code ce_type}.
 * The JSON Schema of the event lives at {@code schemas/<type>.json} in this module.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();
}
