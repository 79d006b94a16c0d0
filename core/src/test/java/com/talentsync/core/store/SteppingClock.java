package com.talentsync.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves one step forward each time it is read, so rows get distinct, ordered times. */
final class SteppingClock extends Clock {

    private final Duration step;
    private Instant now;

    SteppingClock(Instant start, Duration step) {
        this.now = start;
        this.step = step;
    }

    /** Every read returns the same instant: rows written now tie on time and are ordered by id. */
    static SteppingClock frozen(Instant at) {
        return new SteppingClock(at, Duration.ZERO);
    }

    @Override
    public synchronized Instant instant() {
        Instant current = now;
        now = now.plus(step);
        return current;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests read instants only");
    }
}
