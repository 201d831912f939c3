package org.mentorat.session.meeting;

/** Whether a session helped its participant toward their goals. */
public enum Helped {
    YES, PARTLY, NO
}
