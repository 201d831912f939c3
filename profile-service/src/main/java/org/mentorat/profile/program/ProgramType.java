package org.mentorat.profile.program;

public enum ProgramType {
    ONE_TO_ONE, GROUP, PEER, REVERSE, FLASH
}
