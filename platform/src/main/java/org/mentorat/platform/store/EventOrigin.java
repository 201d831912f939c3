package org.mentorat.platform.store;

/** Where an aggregate's events go ({@code topic}) and who they say produced them ({@code ce_source}). */
public record EventOrigin(String topic, String source) {
}
