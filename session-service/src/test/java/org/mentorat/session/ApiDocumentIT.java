package org.mentorat.session;

import org.mentorat.testkit.ApiDocument;
import org.mentorat.testkit.ApiDocumentContract;

/** The session API document as the service serves it: see {@link ApiDocumentContract}. */
class ApiDocumentIT extends RunningSessionService implements ApiDocumentContract {

    @Override
    public ApiDocument document() {
        return ApiDocument.servedBy(service, "session");
    }
}
