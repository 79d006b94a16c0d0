package com.talentsync.core.match;

/** How senior a job is, read from its title and, failing that, from the years it asks for. */
public enum Seniority {
    INTERN, JUNIOR, MID, SENIOR, LEAD, PRINCIPAL, MANAGER, UNKNOWN
}
