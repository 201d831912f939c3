package org.mentorat.platform.tracing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Request ids on every request. The W3C trace context itself is Micrometer Tracing's (Boot
 * auto-configures it for Spring MVC and the Kafka listeners); events carry both through the
 * outbox, see {@link org.mentorat.platform.events.EventTrace}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TracingConfiguration {

    /**
     * Right after Boot's observation filter (highest precedence + 1), so the request's span exists
     * and can be tagged, and before security and the size limit, so their refusals name the id too.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(ORDER);
        return registration;
    }
}
