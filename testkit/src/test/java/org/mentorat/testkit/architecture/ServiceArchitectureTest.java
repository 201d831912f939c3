package org.mentorat.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules catch what they are there for: each one fails on the fixtures under {@code broken},
 * which break it on purpose, and names the class at fault.
 */
class ServiceArchitectureTest {

    private final ServiceArchitecture broken = new ServiceArchitecture(
            "org.mentorat.testkit.architecture.broken", location -> true) {
    };
    private final LibraryArchitecture brokenLibrary = new LibraryArchitecture(
            "org.mentorat.testkit.architecture.broken", location -> true) {
    };

    @Test
    void aCycleBetweenFeaturesFails() {
        assertThatThrownBy(broken::packagesDependOnEachOtherOneWayOnly).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void anAggregateUsingSpringFails() {
        assertThatThrownBy(broken::aggregatesDependOnNoInfrastructure).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Widget.named()").hasMessageContaining("StringUtils");
    }

    @Test
    void aLibraryClassUsingSpringFails() {
        assertThatThrownBy(brokenLibrary::dependsOnNoInfrastructure).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Widget.named()").hasMessageContaining("StringUtils");
    }

    @Test
    void aClassOutsideTheStoresNamingDocumentFieldsFails() {
        assertThatThrownBy(broken::onlyStoresAndConfigurationsTouchTheDatabase).isInstanceOf(AssertionError.class)
                .hasMessageContaining("WidgetReport");
    }

    @Test
    void anotherFeatureUsingAStoreFails() {
        assertThatThrownBy(broken::storesAreUsedWithinTheirFeatureOnly).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Gadgets.widgets");
    }

    @Test
    void aHandWrittenListenerFails() {
        assertThatThrownBy(broken::consumingIsDeclaredNotListenedForByHand).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GadgetListener");
    }

    @Test
    void aValueInjectedSettingFails() {
        assertThatThrownBy(broken::settingsAreConfigurationProperties).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Gadgets.limit");
    }

    @Test
    void aMainClassOverTwoHundredLinesFails(@TempDir Path sources) throws IOException {
        Files.writeString(sources.resolve("Long.java"), "//\n".repeat(ModuleArchitecture.MAX_LINES + 1));
        Files.writeString(sources.resolve("Short.java"), "//\n".repeat(ModuleArchitecture.MAX_LINES));

        assertThatThrownBy(() -> SourceSizes.assertNoneLongerThan(sources, ModuleArchitecture.MAX_LINES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Long.java (201 lines)").hasMessageNotContaining("Short.java");
    }
}
