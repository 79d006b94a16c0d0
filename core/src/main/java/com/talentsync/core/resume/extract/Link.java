package com.talentsync.core.resume.extract;

/** A link found in a resume. */
public record Link(Kind kind, String url) {

    public enum Kind { LINKEDIN, GITHUB, PORTFOLIO, OTHER }
}
