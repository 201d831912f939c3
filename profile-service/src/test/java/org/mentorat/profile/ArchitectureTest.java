package org.mentorat.profile;

import org.mentorat.testkit.architecture.ServiceArchitecture;

/** profile-service keeps the service layout every service shares (the rules live in the test kit). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("org.mentorat.profile");
    }
}
