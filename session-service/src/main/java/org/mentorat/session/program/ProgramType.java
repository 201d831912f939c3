package org.mentorat.session.program;

/**
 * The shape of a program's mentorships: {@code GROUP} gathers a mentor's mentees in one mentorship,
 * {@code FLASH} is one session long, {@code PEER} and {@code REVERSE} keep the roles as matched.
 */
public enum ProgramType {
    ONE_TO_ONE, GROUP, PEER, REVERSE, FLASH;

    /** Unknown or missing types read as one-to-one, the shape every program had before types existed. */
    static ProgramType of(String name) {
        if (name == null) {
            return ONE_TO_ONE;
        }
        for (ProgramType type : values()) {
            if (type.name().equalsIgnoreCase(name.strip())) {
                return type;
            }
        }
        return ONE_TO_ONE;
    }
}
