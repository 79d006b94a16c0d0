package com.talentsync.core.resume.extract;

import java.util.Optional;

/** One degree or diploma. */
public record EducationEntry(
        String degree,
        Optional<String> field,
        Optional<String> institution,
        Optional<Integer> year,
        Optional<String> grade,
        int line) {}
