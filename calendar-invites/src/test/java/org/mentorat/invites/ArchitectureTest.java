package org.mentorat.invites;

import org.mentorat.testkit.architecture.LibraryArchitecture;

/** calendar-invites keeps the rules every module keeps and stays a plain library (no Spring, store or broker). */
class ArchitectureTest extends LibraryArchitecture {

    ArchitectureTest() {
        super("org.mentorat.invites");
    }
}
