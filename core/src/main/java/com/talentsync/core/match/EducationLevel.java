package com.talentsync.core.match;

/** The lowest degree a job ad asks for; declared from lowest to highest so they compare. */
public enum EducationLevel {
    NONE, HIGH_SCHOOL, DIPLOMA, BACHELOR, MASTER, DOCTORATE
}
