package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.ApiDocument;

/**
 * The notification API document as the service serves it: it follows the API conventions
 * (docs/api-conventions.md) and is the one committed under docs/api, which the API lint and the
 * generated client read.
 */
class ApiDocumentIT extends RunningNotificationService {

    @Test
    void everyOperationIsNamedSummarisedTaggedAndDescribesItsErrorsAsProblems() {
        assertThat(document().conventionBreaches()).isEmpty();
    }

    @Test
    void theCommittedDocumentIsTheServedOne() {
        document().assertMatchesCommittedSnapshot();
    }

    private ApiDocument document() {
        return ApiDocument.servedBy(service, "notification");
    }
}
