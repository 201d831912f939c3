package org.mentorat.solver;

import org.mentorat.testkit.architecture.LibraryArchitecture;

/** matching-solver keeps the rules every module keeps and stays a plain library (no Spring, store or broker). */
class ArchitectureTest extends LibraryArchitecture {

    ArchitectureTest() {
        super("org.mentorat.solver");
    }
}
