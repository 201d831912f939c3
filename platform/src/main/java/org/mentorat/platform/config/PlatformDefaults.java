package org.mentorat.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Settings every service shares (management port layout, probes, metrics tags, Kafka client
 * defaults), added with the lowest precedence so that a service or the environment can override
 * any of them.
 */
class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String DEFAULTS = "mentorat-platform-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("mentorat-platform-defaults", new ClassPathResource(DEFAULTS))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
