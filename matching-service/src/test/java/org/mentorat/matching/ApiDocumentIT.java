package org.mentorat.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.ApiDocument;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The matching API document as the service serves it: it follows the API conventions
 * (docs/api-conventions.md) and is the one committed under docs/api, which the API lint and the
 * generated client read.
 */
@ServiceTest(service = "matching")
class ApiDocumentIT {

    @Autowired
    ServiceDriver driver;

    @Test
    void everyOperationIsNamedSummarisedTaggedAndDescribesItsErrorsAsProblems() {
        assertThat(document().conventionBreaches()).isEmpty();
    }

    @Test
    void theCommittedDocumentIsTheServedOne() {
        document().assertMatchesCommittedSnapshot();
    }

    private ApiDocument document() {
        return ApiDocument.servedBy(driver, "matching");
    }
}
