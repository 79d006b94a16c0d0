package com.talentsync.core.match;

import com.talentsync.core.resume.skills.Skill;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which skills vouch for which, from {@code talentsync/match/related-skills.tsv}: a broad skill
 * is shown by a specific one ("Database Management" by PostgreSQL) and siblings stand in for one
 * another (MySQL for PostgreSQL), each for part of the credit of the skill itself.
 */
final class RelatedSkills {

    /** A broad skill shown through a specific one: the work is there, the ad's word is not. */
    static final double COVER_CREDIT = 0.75;
    /** A sibling: transferable, but a different tool; half, so it never beats the real thing. */
    static final double SIBLING_CREDIT = 0.5;

    private static final String RESOURCE = "/talentsync/match/related-skills.tsv";

    /**
     * How a skill the ad asks for is credited through one the resume has.
     *
     * @param via    the resume's skill, canonical name
     * @param credit the share of a full match, {@link #COVER_CREDIT} or {@link #SIBLING_CREDIT}
     * @param group  for siblings, the group's name ("relational databases"); empty for covers
     */
    record Credit(String via, double credit, String group) {}

    /** Skill asked -> skill that vouches for it -> the credit; insertion-ordered for stable output. */
    private final Map<String, Map<String, Credit>> credits;
    private final List<String> unknownNames;

    private RelatedSkills(Map<String, Map<String, Credit>> credits, List<String> unknownNames) {
        this.credits = credits;
        this.unknownNames = List.copyOf(unknownNames);
    }

    /** The shipped relations, with names resolved through {@code taxonomy}; unknown names are skipped. */
    static RelatedSkills shipped(SkillTaxonomy taxonomy) {
        return parse(read(), taxonomy);
    }

    static RelatedSkills parse(String content, SkillTaxonomy taxonomy) {
        Map<String, Map<String, Credit>> credits = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = lines[i].split("\t");
            if (columns.length != 3) {
                throw new IllegalStateException("related-skills.tsv line " + (i + 1) + ": expected 3 tab-separated columns");
            }
            List<String> members = new ArrayList<>();
            for (String name : columns[2].split("\\|")) {
                canonical(taxonomy, name.strip(), i + 1, unknown).ifPresent(members::add);
            }
            switch (columns[0].strip()) {
                case "covers" -> canonical(taxonomy, columns[1].strip(), i + 1, unknown).ifPresent(broad -> {
                    for (String specific : members) {
                        offer(credits, broad, new Credit(specific, COVER_CREDIT, ""));
                    }
                });
                case "siblings" -> {
                    for (String a : members) {
                        for (String b : members) {
                            if (!a.equals(b)) {
                                offer(credits, a, new Credit(b, SIBLING_CREDIT, columns[1].strip()));
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException("related-skills.tsv line " + (i + 1)
                        + ": relation must be covers or siblings, not " + columns[0].strip());
            }
        }
        return new RelatedSkills(credits, unknown);
    }

    /** The best credit for {@code asked} from any of {@code held}; on a tie the file's first wins. */
    Optional<Credit> best(String asked, Collection<String> held) {
        Map<String, Credit> options = credits.getOrDefault(asked, Map.of());
        Credit best = null;
        for (Credit credit : options.values()) {
            if (held.contains(credit.via()) && (best == null || credit.credit() > best.credit())) {
                best = credit;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every skill that vouches for {@code asked}, best credit first. */
    List<Credit> creditsFor(String asked) {
        List<Credit> out = new ArrayList<>(credits.getOrDefault(asked, Map.of()).values());
        out.sort((a, b) -> Double.compare(b.credit(), a.credit()));
        return out;
    }

    /** Skills named in the file that {@code taxonomy} does not know as canonical names, as "line N: name". */
    List<String> unknownNames() {
        return unknownNames;
    }

    /** Skills related to {@code skill} in either direction: for finding bullets about related work. */
    Set<String> neighbours(String skill) {
        Set<String> out = new LinkedHashSet<>(credits.getOrDefault(skill, Map.of()).keySet());
        credits.forEach((asked, by) -> {
            if (by.containsKey(skill)) {
                out.add(asked);
            }
        });
        out.remove(skill);
        return out;
    }

    private static void offer(Map<String, Map<String, Credit>> credits, String asked, Credit credit) {
        if (asked.equals(credit.via())) {
            return;
        }
        Map<String, Credit> by = credits.computeIfAbsent(asked, k -> new LinkedHashMap<>());
        Credit old = by.get(credit.via());
        if (old == null || credit.credit() > old.credit()) {
            by.put(credit.via(), credit);
        }
    }

    private static Optional<String> canonical(SkillTaxonomy taxonomy, String name, int line, List<String> unknown) {
        Optional<Skill> skill = taxonomy.lookup(name);
        if (skill.isEmpty() || !skill.get().name().equals(name)) {
            unknown.add("line " + line + ": " + name);
        }
        return skill.map(Skill::name);
    }

    private static String read() {
        try (InputStream in = RelatedSkills.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " (is talentsync-resources on the class path?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
