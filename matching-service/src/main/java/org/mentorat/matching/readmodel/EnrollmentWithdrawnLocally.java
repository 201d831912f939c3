package org.mentorat.matching.readmodel;

/**
 * Published in-process, on the consumer's thread, once the read model took a withdrawal in: the
 * enrolment is offered no more, and a listener that fails makes the profile event be retried.
 */
public record EnrollmentWithdrawnLocally(String tenantId, String enrollmentId) {
}
