package org.mentorat.session;

import org.mentorat.testkit.architecture.ServiceArchitecture;

/** session-service keeps the service layout every service shares (the rules live in the test kit). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("org.mentorat.session");
    }
}
