package com.talentsync.core.resume.extract;

/**
 * One section of a resume: its kind, the heading as written, and its lines (0-based, end
 * exclusive) in the normalised text's lines.
 */
public record Section(SectionKind kind, String heading, int startLine, int endLine, String text) {}
