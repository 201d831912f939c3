package org.mentorat.platform.consumer;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.converter.MessageConverter;

/** One topic and consumer group, every record handed to one dispatcher: what a subscription runs on. */
record SubscriptionEndpoint(String topic, String groupId, EventDispatcher dispatcher, int consumers) implements KafkaListenerEndpoint {

    @Override
    public String getId() {
        return "mentorat." + groupId + "." + topic;
    }

    @Override
    public String getGroupId() {
        return groupId;
    }

    @Override
    public String getGroup() {
        return null;
    }

    @Override
    public Collection<String> getTopics() {
        return List.of(topic);
    }

    @Override
    public TopicPartitionOffset[] getTopicPartitionsToAssign() {
        return null;
    }

    @Override
    public Pattern getTopicPattern() {
        return null;
    }

    @Override
    public String getClientIdPrefix() {
        return null;
    }

    @Override
    public Integer getConcurrency() {
        return consumers > 1 ? consumers : null; // null: the container factory's setting
    }

    @Override
    public Boolean getAutoStartup() {
        return null;
    }

    @Override
    public void setupListenerContainer(MessageListenerContainer container, MessageConverter messageConverter) {
        container.setupMessageListener((MessageListener<String, byte[]>) dispatcher::dispatch);
    }

    @Override
    public boolean isSplitIterables() {
        return false;
    }
}
