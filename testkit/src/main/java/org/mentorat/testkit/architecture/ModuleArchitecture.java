package org.mentorat.testkit.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The rules every module of Mentorat keeps: its packages depend on each other one way only, and
 * no class in {@code src/main/java} grows past 200 lines. A module's {@code ArchitectureTest}
 * extends this (or {@link ServiceArchitecture}) and names its root package. Plain JUnit tests
 * rather than {@code @ArchTest} fields, which Surefire silently skips on the JUnit 6 platform.
 */
public abstract class ModuleArchitecture {

    static final int MAX_LINES = 200;
    /** JUnit makes an instance per test: import the module's classes once. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String rootPackage;
    private final JavaClasses classes;

    protected ModuleArchitecture(String rootPackage) {
        this(rootPackage, ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    /** With the classes {@code option} lets in: the kit's own tests check the rules on test fixtures. */
    ModuleArchitecture(String rootPackage, ImportOption option) {
        this.rootPackage = rootPackage;
        this.classes = IMPORTED.computeIfAbsent(rootPackage, root -> new ClassFileImporter()
                .withImportOption(option)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root));
    }

    protected final JavaClasses imported() {
        return classes;
    }

    protected final String rootPackage() {
        return rootPackage;
    }

    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    @Test
    void noMainClassIsOverTwoHundredLines() throws IOException {
        SourceSizes.assertNoneLongerThan(Path.of("src/main/java"), MAX_LINES);
    }
}
