package org.mentorat.platform.events;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/** Event and aggregate ids: UUIDv7, so ids sort by creation time and index well. */
public final class EventIds {

    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();

    private EventIds() {
    }

    public static String next() {
        return UUID_V7.generate().toString();
    }
}
