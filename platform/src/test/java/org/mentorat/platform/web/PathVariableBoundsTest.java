package org.mentorat.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** Path segments longer than an id are refused, naming the parameter, unless it bounds itself. */
class PathVariableBoundsTest {

    private final PathVariableBounds bounds = new PathVariableBounds();

    @Test
    void anIdLongerThanAnyIdIsABadRequestNamingTheParameter() throws Exception {
        var request = request(Map.of("id", "x".repeat(Identifiers.MAX_LENGTH + 1)));

        assertThatThrownBy(() -> bounds.preHandle(request, new MockHttpServletResponse(), handler("byId")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("id"));
    }

    @Test
    void anIdOfTheLongestLengthPasses() throws Exception {
        var request = request(Map.of("id", "x".repeat(Identifiers.MAX_LENGTH)));

        assertThat(bounds.preHandle(request, new MockHttpServletResponse(), handler("byId"))).isTrue();
    }

    @Test
    void aParameterWithItsOwnSizeIsLeftToItsOwnCheck() throws Exception {
        var request = request(Map.of("token", "t".repeat(500)));

        assertThat(bounds.preHandle(request, new MockHttpServletResponse(), handler("byToken"))).isTrue();
    }

    private static MockHttpServletRequest request(Map<String, String> variables) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
        return request;
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        Controller controller = new Controller();
        return new HandlerMethod(controller, Controller.class.getDeclaredMethod(name, String.class));
    }

    static class Controller {

        String byId(@PathVariable String id) {
            return id;
        }

        String byToken(@PathVariable @Size(max = 1024) String token) {
            return token;
        }
    }
}
