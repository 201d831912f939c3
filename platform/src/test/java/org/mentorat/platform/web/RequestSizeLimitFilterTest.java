package org.mentorat.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The body limit applies everywhere except to the exact paths a service exempts. */
class RequestSizeLimitFilterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(10, JSON, Set.of("/api/v1/uploads"));

    @Test
    void aDeclaredOversizedBodyIsRefusedWith413() throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(post("/api/v1/widgets", 11), response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("payload-too-large");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void anExemptPathPassesWithItsWholeBody() throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(post("/api/v1/uploads", 1000), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest().getInputStream().readAllBytes()).hasSize(1000);
    }

    @Test
    void onlyTheExactPathIsExempt() throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(post("/api/v1/uploads/other", 11), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
    }

    private static MockHttpServletRequest post(String path, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bytes]);
        return request;
    }
}
