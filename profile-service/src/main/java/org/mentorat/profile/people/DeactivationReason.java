package org.mentorat.profile.people;

/** Why a person was deactivated, as ProfileDeactivated tells it. */
public enum DeactivationReason {
    /** An administrator or HR changed the profile over REST. */
    ADMIN,
    /** The identity provider said so over SCIM ({@code active: false}). */
    SCIM_LEAVER,
    /** SCIM deleted the user. */
    DELETED,
    /** An HR import file said so. */
    HR_IMPORT
}
