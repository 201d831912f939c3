package org.mentorat.profile.web;

import org.mentorat.testkit.HttpApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The slice's requests answered as {@link ResponseEntity}s, so that {@link HttpApi}'s assertions apply. */
public final class SliceApi {

    private final MockMvc mvc;

    public SliceApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResponseEntity<String> post(String path, String authorization, Object body) {
        return send(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : HttpApi.JSON.writeValueAsString(body)), authorization);
    }

    private ResponseEntity<String> send(MockHttpServletRequestBuilder request, String authorization) {
        try {
            MockHttpServletResponse response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, authorization))
                    .andReturn().getResponse();
            HttpHeaders headers = new HttpHeaders();
            response.getHeaderNames().forEach(name -> headers.addAll(name, response.getHeaders(name)));
            return ResponseEntity.status(HttpStatus.valueOf(response.getStatus())).headers(headers)
                    .body(response.getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
