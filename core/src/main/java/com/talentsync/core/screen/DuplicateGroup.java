package com.talentsync.core.screen;

import java.util.List;

/**
 * Resumes that are the same candidate's same document: only {@code kept} is ranked.
 *
 * @param kept       the file ranked
 * @param duplicates the files left out of the ranking because they repeat it
 * @param identical  true when all have the same bytes, false when their texts are near-identical
 */
public record DuplicateGroup(String kept, List<String> duplicates, boolean identical) {
    public DuplicateGroup {
        duplicates = List.copyOf(duplicates);
    }
}
