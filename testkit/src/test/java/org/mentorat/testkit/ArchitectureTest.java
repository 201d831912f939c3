package org.mentorat.testkit;

import org.mentorat.testkit.architecture.ModuleArchitecture;

/** The test kit keeps the module rules it gives every other module. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super("org.mentorat.testkit");
    }
}
