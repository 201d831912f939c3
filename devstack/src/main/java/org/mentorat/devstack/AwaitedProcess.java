package org.mentorat.devstack;

/** A child process the launcher waits for until it reports ready. */
interface AwaitedProcess {

    String name();

    boolean hasExited();

    /** Only meaningful once {@link #hasExited()}. */
    int exitCode();

    boolean isReady();

    String logTail(int lines);
}
