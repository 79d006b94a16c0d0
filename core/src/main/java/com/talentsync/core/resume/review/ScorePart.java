package com.talentsync.core.resume.review;

/** One part of the 0-100 quality score, e.g. "Impact" 18 of 25. */
public record ScorePart(String name, int points, int maxPoints) {}
