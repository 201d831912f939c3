package org.mentorat.notification;

import org.mentorat.testkit.ApiDocument;
import org.mentorat.testkit.ApiDocumentContract;

/** The notification API document as the service serves it: see {@link ApiDocumentContract}. */
class ApiDocumentIT extends RunningNotificationService implements ApiDocumentContract {

    @Override
    public ApiDocument document() {
        return ApiDocument.servedBy(service, "notification");
    }
}
