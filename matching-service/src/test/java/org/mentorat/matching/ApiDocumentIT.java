package org.mentorat.matching;

import org.mentorat.testkit.ApiDocument;
import org.mentorat.testkit.ApiDocumentContract;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The matching API document as the service serves it: see {@link ApiDocumentContract}. */
@ServiceTest(service = "matching")
class ApiDocumentIT implements ApiDocumentContract {

    @Autowired
    ServiceDriver driver;

    @Override
    public ApiDocument document() {
        return ApiDocument.servedBy(driver, "matching");
    }
}
