package org.mentorat.gateway;

import org.mentorat.testkit.architecture.ModuleArchitecture;

/** The gateway keeps the rules every module shares: packages one way only, small classes. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super("org.mentorat.gateway");
    }
}
