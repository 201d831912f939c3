package org.mentorat.devstack;

import org.mentorat.testkit.architecture.ModuleArchitecture;

/** The launcher keeps the rules every module shares: packages one way only, small classes. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super("org.mentorat.devstack");
    }
}
