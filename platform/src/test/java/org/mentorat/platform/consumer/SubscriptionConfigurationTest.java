package org.mentorat.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchEnded;

class SubscriptionConfigurationTest {

    @Test
    void featuresOnOneTopicAndGroupShareOneContainerSoNeitherMissesPartitions() {
        List<SubscriptionEndpoint> endpoints = SubscriptionConfiguration.endpointsOf(List.of(
                EventSubscription.to("matching-events", "svc").on(MatchAccepted.class, (data, event) -> { }),
                EventSubscription.to("matching-events", "svc").on(MatchEnded.class, (data, event) -> { }),
                EventSubscription.to("matching-events", "svc-health").on(MatchEnded.class, (data, event) -> { })));

        assertThat(endpoints).extracting(SubscriptionEndpoint::getGroupId).containsExactly("svc", "svc-health");
        assertThat(endpoints).extracting(SubscriptionEndpoint::getId)
                .containsExactly("mentorat.svc.matching-events", "mentorat.svc-health.matching-events");
    }

    @Test
    void aSharedContainerRunsAsManyConsumersAsItsBusiestSubscriptionAsks() {
        List<SubscriptionEndpoint> endpoints = SubscriptionConfiguration.endpointsOf(List.of(
                EventSubscription.to("session-events", "svc").on(MatchAccepted.class, (data, event) -> { }),
                EventSubscription.to("session-events", "svc").on(MatchEnded.class, (data, event) -> { })
                        .withConsumers(3),
                EventSubscription.to("session-events", "svc-other").on(MatchEnded.class, (data, event) -> { })));

        assertThat(endpoints).extracting(SubscriptionEndpoint::getConcurrency).containsExactly(3, null);
    }

    @Test
    void oneEventTypeHandledTwiceInOneGroupIsRefusedAtStartup() {
        assertThatThrownBy(() -> SubscriptionConfiguration.endpointsOf(List.of(
                EventSubscription.to("matching-events", "svc").on(MatchEnded.class, (data, event) -> { }),
                EventSubscription.to("matching-events", "svc").on(MatchEnded.class, (data, event) -> { }))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MatchEnded");
    }
}
