package org.mentorat.matching.readmodel;

/**
 * Published in-process after a change that could add a mentor to someone's shortlist (a program, a
 * registration, a profile change), so that whoever keeps prepared rankings drops the tenant's.
 */
public record CandidatesChanged(String tenantId) {
}
