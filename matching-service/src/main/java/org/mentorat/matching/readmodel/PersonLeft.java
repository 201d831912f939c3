package org.mentorat.matching.readmodel;

/**
 * Published in-process, on the consumer's thread, once the read model offers a person nowhere
 * again (they left the company); a listener that fails makes the profile event be retried.
 */
public record PersonLeft(String tenantId, String personId) {
}
