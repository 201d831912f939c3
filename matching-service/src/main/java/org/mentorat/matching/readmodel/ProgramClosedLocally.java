package org.mentorat.matching.readmodel;

/**
 * Published in-process, on the consumer's thread, each time ProgramClosed is taken in (a
 * redelivery included, so that what a crash interrupted is finished); what follows must change
 * nothing the second time. A listener that fails makes the profile event be retried.
 */
public record ProgramClosedLocally(String tenantId, String programId) {
}
