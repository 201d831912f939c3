package org.mentorat.system;

import org.mentorat.testkit.architecture.ModuleArchitecture;

/**
 * The rules every module shares. This module has only test sources, which the rules leave out,
 * so today they guard what may be added under {@code src/main/java}.
 */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super("org.mentorat.system");
    }
}
