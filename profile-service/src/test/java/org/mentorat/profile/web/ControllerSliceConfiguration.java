package org.mentorat.profile.web;

import jakarta.validation.Validator;
import org.mentorat.platform.web.ProblemDetailsAdvice;
import org.mentorat.platform.web.RequestValidation;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

@TestConfiguration(proxyBeanMethods = false)
@Import(ProblemDetailsAdvice.class)
class ControllerSliceConfiguration {

    @Bean
    RequestValidation requestValidation(JsonMapper json, Validator validator) {
        return new RequestValidation(json, validator);
    }
}
