package com.talentsync.core.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups resumes that are the same document: identical bytes (same SHA-256), or texts whose
 * 5-word shingles overlap at least {@link #NEAR_IDENTICAL} (Jaccard), e.g. one resume saved
 * as PDF and as DOCX, or re-sent with a changed phone number. In each group the first file by
 * name is kept and ranked; every other member is near-identical to that kept file itself, not
 * merely to some other member, so chains of small edits do not merge different resumes.
 */
final class DuplicateFinder {

    static final double NEAR_IDENTICAL = 0.9;
    /** Sketches agreeing less than this are not worth an exact check (the estimate's error is ~0.04). */
    private static final double WORTH_CHECKING = 0.75;

    /** A screened resume with its sketch, as the workers produce them. */
    record Sketched(ScreenedResume resume, TextSignature signature) {}

    record Grouping(List<ScreenedResume> kept, List<DuplicateGroup> groups) {}

    private static final Comparator<Sketched> BY_FILE = Comparator
            .comparing((Sketched s) -> s.resume().file())
            .thenComparing(s -> s.resume().sha256());

    private DuplicateFinder() {}

    static Grouping group(List<Sketched> resumes) {
        Map<String, List<Sketched>> bySha = new LinkedHashMap<>();
        resumes.stream().sorted(BY_FILE).forEach(s -> bySha.computeIfAbsent(s.resume().sha256(), k -> new ArrayList<>()).add(s));

        List<Sketched> kept = new ArrayList<>();
        Map<Integer, List<Sketched>> nearCopiesOf = new HashMap<>();
        Map<Long, List<Integer>> buckets = new HashMap<>();
        Map<Integer, long[]> keptShingles = new HashMap<>();
        List<Sketched> representatives = bySha.values().stream().map(List::getFirst).sorted(BY_FILE).toList();
        for (Sketched candidate : representatives) {
            int original = findOriginal(candidate, kept, buckets, keptShingles);
            if (original >= 0) {
                nearCopiesOf.computeIfAbsent(original, k -> new ArrayList<>()).add(candidate);
                continue;
            }
            int index = kept.size();
            kept.add(candidate);
            if (!candidate.signature().isEmpty()) {
                for (int band = 0; band < TextSignature.BANDS; band++) {
                    buckets.computeIfAbsent(candidate.signature().bandKey(band), k -> new ArrayList<>()).add(index);
                }
            }
        }

        List<DuplicateGroup> groups = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Sketched keeper = kept.get(i);
            List<String> duplicates = new ArrayList<>();
            bySha.get(keeper.resume().sha256()).stream().skip(1).forEach(s -> duplicates.add(s.resume().file()));
            List<Sketched> near = nearCopiesOf.getOrDefault(i, List.of());
            for (Sketched copy : near) {
                bySha.get(copy.resume().sha256()).forEach(s -> duplicates.add(s.resume().file()));
            }
            if (!duplicates.isEmpty()) {
                duplicates.sort(Comparator.naturalOrder());
                groups.add(new DuplicateGroup(keeper.resume().file(), duplicates, near.isEmpty()));
            }
        }
        return new Grouping(kept.stream().map(Sketched::resume).toList(), groups);
    }

    /** The index of the earliest kept resume {@code candidate} nearly repeats, or -1. */
    private static int findOriginal(Sketched candidate, List<Sketched> kept, Map<Long, List<Integer>> buckets,
            Map<Integer, long[]> keptShingles) {
        if (candidate.signature().isEmpty()) {
            return -1;
        }
        TreeSet<Integer> sharingABand = new TreeSet<>();
        for (int band = 0; band < TextSignature.BANDS; band++) {
            sharingABand.addAll(buckets.getOrDefault(candidate.signature().bandKey(band), List.of()));
        }
        long[] shingles = null;
        for (int index : sharingABand) {
            Sketched other = kept.get(index);
            if (candidate.signature().estimate(other.signature()) < WORTH_CHECKING) {
                continue;
            }
            if (shingles == null) {
                shingles = TextSignature.shingles(candidate.resume().text());
            }
            long[] theirs = keptShingles.computeIfAbsent(index, k -> TextSignature.shingles(other.resume().text()));
            if (TextSignature.jaccard(shingles, theirs) >= NEAR_IDENTICAL) {
                return index;
            }
        }
        return -1;
    }
}
