package org.mentorat.matching.scoring.vocabulary;

/** The kinds of program; the type changes which way the seniority gap should point. */
public enum ProgramType {
    ONE_TO_ONE, GROUP, PEER, REVERSE, FLASH
}
