package org.mentorat.matching.suggestion;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuggestionSettings.class)
class SuggestionConfiguration {
}
