package com.talentsync.core.resume.review;

/**
 * One concrete thing to fix.
 *
 * @param code    stable identifier, e.g. "weak-opening", "missing-email", "no-text-layer"
 * @param message what is wrong and what to do, one line
 * @param where   where it is, for people: "Experience, line 14", "whole document"
 * @param line    0-based line in the normalised text, or -1 when it is about the whole file
 */
public record Finding(String code, Severity severity, String message, String where, int line) {}
