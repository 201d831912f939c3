package org.mentorat.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error a handler answers besides the ones every operation has (401, 403, 404, 429, …): a 409
 * for a state that forbids the change, a 412 for a stale {@code If-Match}. The document describes
 * it with the shared problem body and these words. Unlike springdoc's {@code @ApiResponse}, it
 * leaves the success answer to be worked out from the return type.
 *
 * <pre>{@code @ErrorAnswer(status = 409, description = "The run is not a DRAFT.")}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ErrorAnswer.List.class)
public @interface ErrorAnswer {

    /** The HTTP status, 400 to 599. */
    int status();

    /** When the handler answers it, in the reader's words. */
    String description();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {

        ErrorAnswer[] value();
    }
}
