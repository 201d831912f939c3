package org.mentorat.testkit;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Points a test's application context at the shared broker and database. */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        MergedAnnotations annotations = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY);
        var service = annotations.get(ServiceTest.class).synthesize(org.springframework.core.annotation.MergedAnnotation::isPresent);
        if (service.isPresent()) {
            return new Customizer(service.get().service(), true);
        }
        return annotations.get(RealInfrastructure.class)
                .synthesize(org.springframework.core.annotation.MergedAnnotation::isPresent)
                .map(annotation -> (ContextCustomizer) new Customizer(annotation.database(), false))
                .orElse(null);
    }

    private record Customizer(String database, boolean withDriver) implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration configuration) {
            TestInfrastructure infrastructure = TestInfrastructure.shared();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testkit",
                    Map.of("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                            "spring.mongodb.uri", infrastructure.mongoUri(database),
                            "mentorat.events.partitions", "1",
                            "mentorat.events.retry-initial-interval", "50ms",
                            "mentorat.events.retry-max-attempts", "2")));
            if (withDriver) {
                ServiceDriver driver = new ServiceDriver(context.getEnvironment(), infrastructure.kafkaBootstrapServers());
                context.getBeanFactory().registerSingleton("serviceDriver", driver);
                context.addApplicationListener((org.springframework.context.event.ContextClosedEvent closed) ->
                        driver.close());
            }
        }
    }
}
