package org.mentorat.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What every service's API document must show, as tests a service's test class takes on by
 * implementing this and naming its served document: it follows the API conventions
 * (docs/api-conventions.md) and is the one committed under docs/api, which the API lint and the
 * generated client read.
 */
public interface ApiDocumentContract {

    /** The document as the running service serves it, e.g. {@code ApiDocument.servedBy(driver, "session")}. */
    ApiDocument document();

    @Test
    default void everyOperationIsNamedSummarisedTaggedAndDescribesItsErrorsAsProblems() {
        assertThat(document().conventionBreaches()).isEmpty();
    }

    @Test
    default void theCommittedDocumentIsTheServedOne() {
        document().assertMatchesCommittedSnapshot();
    }
}
