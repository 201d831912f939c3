package org.mentorat.matching.readmodel;

import org.springframework.stereotype.Service;

/**
 * Erases a person from the candidate read model (GDPR art. 17): their mentor and mentee documents
 * lose every profile attribute and are marked {@code erased}, but keep ids, program, status and
 * seat counts, so capacity and existing matches stay right. Erased candidates are no longer
 * proposed. Their place in the reporting lines and their latest profile change go too. Safe to
 * repeat: a replay changes nothing.
 */
@Service
public class CandidateErasure {

    private final ErasedPersonStore tombstones;
    private final ProfileStore profiles;
    private final OrgChartStore orgChart;

    CandidateErasure(ErasedPersonStore tombstones, ProfileStore profiles, OrgChartStore orgChart) {
        this.tombstones = tombstones;
        this.profiles = profiles;
        this.orgChart = orgChart;
    }

    /** Erases the person's candidate documents in this tenant; idempotent. */
    public void erase(String tenantId, String personId, String erasureId) {
        tombstones.mark(tenantId, personId, erasureId);
        scrub(tenantId, personId);
    }

    /** Scrubs again if this person was erased before one of their registrations arrived. */
    void reapplyIfErased(String tenantId, String personId) {
        if (tombstones.isErased(tenantId, personId)) {
            scrub(tenantId, personId);
        }
    }

    private void scrub(String tenantId, String personId) {
        orgChart.forget(tenantId, profiles.employeeNumbers(tenantId, personId));
        profiles.scrub(tenantId, personId);
    }
}
