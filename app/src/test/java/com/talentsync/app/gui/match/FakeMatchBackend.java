package com.talentsync.app.gui.match;

import com.talentsync.core.match.MatchComponent;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.match.Suggestion;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.resume.skills.Skill;
import com.talentsync.core.resume.skills.SkillContext;
import com.talentsync.core.resume.skills.SkillKind;
import com.talentsync.core.resume.skills.SkillMention;
import com.talentsync.core.store.StoredJob;
import com.talentsync.core.store.StoredMatch;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small, honest matcher for screen tests: the ad requires every known skill it names (or, after
 * a line "Nice to have", would like it), the resume shows a skill when it names it, and the score
 * is the share of the ad's skills the resume shows. Stores jobs and matches in memory.
 */
final class FakeMatchBackend implements MatchBackend {

    static final List<String> KNOWN_SKILLS = List.of("Java", "SQL", "Kafka", "Docker", "Python", "Terraform");
    static final String PREFERRED_MARK = "Nice to have";

    final List<ResumeSummary> resumes = new ArrayList<>();
    final Map<Long, String> resumeTexts = new HashMap<>();
    final Map<Path, String> files = new HashMap<>();
    final List<StoredJob> jobs = new ArrayList<>();
    final Map<String, StoredJob> pages = new HashMap<>();
    final List<String> matchedTexts = new CopyOnWriteArrayList<>();
    final List<String> recorded = new CopyOnWriteArrayList<>();
    final Map<String, List<StoredMatch>> stored = new HashMap<>();
    int warmUps;
    int addedJobs;
    RuntimeException matchFailure;
    RuntimeException recordFailure;
    private long nextId = 100;
    private long clock;

    ResumeSummary addResume(String name, String text) {
        long id = nextId++;
        ResumeSummary summary = new ResumeSummary(id, name, name + ".txt", "text/plain", "sha-" + id,
                text.length(), text.split("\\s+").length, Instant.EPOCH.plusSeconds(id));
        resumes.addFirst(summary);
        resumeTexts.put(id, text);
        return summary;
    }

    StoredJob storeJob(String title, String source, String text) {
        StoredJob job = new StoredJob(nextId++, title, "Acme", source, text, Instant.EPOCH.plusSeconds(nextId));
        jobs.addFirst(job);
        addedJobs++;
        return job;
    }

    @Override
    public void warmUp() {
        warmUps++;
    }

    @Override
    public List<ResumeSummary> resumes() {
        return List.copyOf(resumes);
    }

    @Override
    public Optional<String> resumeText(long resumeId) {
        return Optional.ofNullable(resumeTexts.get(resumeId));
    }

    @Override
    public String readResumeFile(Path file) throws InputException {
        String text = files.get(file);
        if (text == null) {
            throw new InputException(InputError.Kind.NOT_FOUND, "file not found: " + file.getFileName());
        }
        return text;
    }

    @Override
    public List<StoredJob> jobs() {
        return List.copyOf(jobs);
    }

    @Override
    public StoredJob addJob(String text) {
        return storeJob(text.strip().lines().findFirst().orElse(""), "pasted", text);
    }

    @Override
    public StoredJob addJobFromFile(Path file) throws InputException {
        return storeJob("From file", file.getFileName().toString(), readResumeFile(file));
    }

    @Override
    public StoredJob addJobFromUrl(URI address) throws InputException {
        StoredJob page = pages.get(address.toString());
        if (page == null) {
            throw new InputException(InputError.Kind.UNREADABLE,
                    "could not reach " + address.getHost() + ": you seem to be offline (the ad can be pasted instead)");
        }
        jobs.addFirst(page);
        return page;
    }

    @Override
    public PreparedMatch match(String resumeText, String jobText) {
        if (matchFailure != null) {
            throw matchFailure;
        }
        matchedTexts.add(resumeText);
        int preferredFrom = jobText.indexOf(PREFERRED_MARK);
        List<SkillMention> jobMentions = mentions(jobText);
        List<String> matched = new ArrayList<>();
        List<String> missingRequired = new ArrayList<>();
        List<String> missingPreferred = new ArrayList<>();
        for (SkillMention mention : jobMentions) {
            String skill = mention.skill().name();
            if (matched.contains(skill) || missingRequired.contains(skill) || missingPreferred.contains(skill)) {
                continue;
            }
            boolean preferred = preferredFrom >= 0 && mention.start() > preferredFrom;
            if (names(resumeText, skill)) {
                matched.add(skill);
            } else {
                (preferred ? missingPreferred : missingRequired).add(skill);
            }
        }
        int asked = matched.size() + missingRequired.size() + missingPreferred.size();
        int score = asked == 0 ? 0 : Math.round(100f * matched.size() / asked);
        Map<String, MatchComponent> components = new LinkedHashMap<>();
        components.put("hardSkills", new MatchComponent("hardSkills", score, 0.6, matched.size() + " of " + asked + " skills shown."));
        components.put("education", new MatchComponent("education", 0, 0, "The ad asks for no degree."));
        components.put("semanticFit", new MatchComponent("semanticFit", score, 0.4, "Duties compared by meaning."));
        List<Suggestion> suggestions = missingRequired.stream()
                .map(skill -> new Suggestion("Name " + skill + " where you used it", "Experience (line 2)", 1))
                .toList();
        List<String> warnings = resumeText.contains("ignore previous instructions")
                ? List.of("Text aimed at screening programs was ignored.") : List.of();
        MatchResult result = new MatchResult(score, components, matched, missingRequired, missingPreferred,
                List.of("latency"), suggestions, warnings);
        return new PreparedMatch(result, mentions(resumeText), jobMentions);
    }

    @Override
    public void record(long resumeId, long jobId, MatchResult result, String resumeText) {
        if (recordFailure != null) {
            throw recordFailure;
        }
        List<StoredMatch> pair = stored.computeIfAbsent(resumeId + "/" + jobId, key -> new ArrayList<>());
        String sha = Integer.toHexString(resumeText.hashCode());
        if (!pair.isEmpty() && pair.getLast().resumeTextSha256().equals(sha)) {
            return; // an identical repeat
        }
        recorded.add(resumeText);
        pair.add(new StoredMatch(nextId++, resumeId, jobId, result.score(), "fake-1", sha, "{}",
                Instant.EPOCH.plusSeconds(++clock * 60)));
    }

    @Override
    public List<StoredMatch> history(long resumeId, long jobId) {
        return List.copyOf(stored.getOrDefault(resumeId + "/" + jobId, List.of()));
    }

    static List<SkillMention> mentions(String text) {
        List<SkillMention> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String skill : KNOWN_SKILLS) {
            String wanted = skill.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
                found.add(new SkillMention(skill(skill), at, at + skill.length(), SkillContext.OTHER));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    static Skill skill(String name) {
        return new Skill(name, SkillKind.TOOL, "software", List.of(), false);
    }

    private static boolean names(String text, String skill) {
        return text.toLowerCase(Locale.ROOT).contains(skill.toLowerCase(Locale.ROOT));
    }
}
