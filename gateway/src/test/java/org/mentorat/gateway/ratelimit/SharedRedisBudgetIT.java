package org.mentorat.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.GatewayApplication;
import org.mentorat.gateway.support.FakeServices;
import org.mentorat.gateway.support.RedisServer;
import org.mentorat.testkit.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Two gateway instances on one real Redis draw on the same budgets: N instances do not mean N times the rate. */
class SharedRedisBudgetIT {

    private static RedisServer redis;
    private static List<ConfigurableApplicationContext> gateways;

    @BeforeAll
    static void startTwoGatewaysOnOneRedis() {
        assumeTrue(RedisServer.installed(), "redis-server is not installed (./test installs it)");
        redis = RedisServer.start();
        FakeServices services = FakeServices.start();
        gateways = List.of(start(services), start(services));
    }

    private static ConfigurableApplicationContext start(FakeServices services) {
        Map<String, Object> properties = new LinkedHashMap<>(services.properties());
        properties.put("server.port", 0);
        properties.put("management.server.port", 0);
        properties.put("mentorat.security.hmac-secret", TestTokens.DEV_SECRET);
        properties.put("mentorat.gateway.rate-limit.redis", true);
        properties.put("spring.data.redis.host", "127.0.0.1");
        properties.put("spring.data.redis.port", redis.port());
        properties.put("mentorat.gateway.rate-limit.per-user.capacity", 4);
        properties.put("mentorat.gateway.rate-limit.per-user.refill-per-second", 0.001);
        // as arguments: default properties would lose to application.yml
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GatewayApplication.class).run(arguments);
    }

    @AfterAll
    static void stop() {
        if (gateways != null) {
            gateways.forEach(ConfigurableApplicationContext::close);
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void bothInstancesSpendOneUsersSingleBudget() {
        String token = TestTokens.token("acme", "shared-user", "MENTOR");
        for (int i = 0; i < 4; i++) {
            get(gateways.get(i % 2), token).expectStatus().isOk();
        }

        get(gateways.get(0), token).expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
        get(gateways.get(1), token).expectStatus().isEqualTo(429);
        assertThat(get(gateways.get(1), TestTokens.token("acme", "someone-else", "MENTOR"))
                .returnResult(String.class).getStatus().value()).isEqualTo(200);
    }

    private static WebTestClient.ResponseSpec get(ConfigurableApplicationContext gateway, String token) {
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/api/v1/people")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }
}
