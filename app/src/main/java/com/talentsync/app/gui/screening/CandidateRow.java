package com.talentsync.app.gui.screening;

import com.talentsync.core.privacy.BlindMask;
import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenedResume;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One ranked candidate as the table shows it. Status and notes are observable so the table and
 * the detail pane follow edits; only the view model changes them, which also saves them. The name
 * and file follow the blind-review switch, so no cell ever shows who the candidate is while it
 * is on.
 */
public final class CandidateRow {

    /**
     * The text work for one candidate, done once off the FX thread when a ranking loads: the
     * masked text, and the lower-cased text each kind of search looks in, so that filtering
     * thousands of rows per keystroke is only a scan.
     */
    record Texts(String masked, String openHaystack, String blindHaystack) {

        static Texts of(ScreenedResume resume, Function<ScreenedResume, String> masker) {
            String masked = masker.apply(resume);
            String skills = String.join(" ", skillKeys(resume));
            // Blind search must not find a candidate by name, so it looks at the masked text only.
            return new Texts(masked,
                    lower(String.join("\n", openName(resume), resume.file(), resume.category(), skills, resume.text())),
                    lower(String.join("\n", resume.category(), skills, masked)));
        }
    }

    private final Candidate candidate;
    private final Texts texts;
    private final ObservableBooleanValue blind;
    private final ReadOnlyObjectWrapper<CandidateStatus> status;
    private final ReadOnlyStringWrapper notes;
    private final StringBinding name;
    private final StringBinding file;
    private final List<String> matchedMustHaves;
    private final Set<String> skillKeys;

    /** @param mustHaves the job's required skills, to tell which of them this candidate shows */
    CandidateRow(Candidate candidate, Texts texts, List<String> mustHaves, ObservableBooleanValue blind) {
        this.candidate = candidate;
        this.texts = texts;
        this.blind = blind;
        this.status = new ReadOnlyObjectWrapper<>(candidate.status());
        this.notes = new ReadOnlyStringWrapper(candidate.notes());
        this.name = Bindings.createStringBinding(() -> blind.get() ? blindLabel() : openName(resume()), blind);
        this.file = Bindings.createStringBinding(() -> blind.get() ? maskFile(resume().file()) : resume().file(), blind);
        Set<String> missing = lowerCased(candidate.resume().match().missingRequired());
        this.matchedMustHaves = mustHaves.stream().filter(skill -> !missing.contains(lower(skill))).toList();
        this.skillKeys = skillKeys(candidate.resume());
    }

    private static Set<String> skillKeys(ScreenedResume resume) {
        Set<String> keys = new LinkedHashSet<>(lowerCased(resume.match().matchedSkills()));
        for (FoundSkill found : resume.analysis().skills()) {
            keys.add(lower(found.skill().name()));
        }
        return Collections.unmodifiableSet(keys);
    }

    public ScreenedResume resume() {
        return candidate.resume();
    }

    public int rank() {
        return candidate.rank();
    }

    public int score() {
        return candidate.resume().score();
    }

    public String category() {
        return candidate.resume().category();
    }

    public double years() {
        return candidate.resume().experienceMonths() / 12.0;
    }

    /** The name, or the blind label while blind review is on. */
    public StringBinding nameBinding() {
        return name;
    }

    /** The file, or a name-free stand-in while blind review is on. */
    public StringBinding fileBinding() {
        return file;
    }

    public ReadOnlyObjectProperty<CandidateStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** The job's must-haves this resume shows, in the ad's order. */
    public List<String> matchedMustHaves() {
        return matchedMustHaves;
    }

    public List<String> missingMustHaves() {
        return candidate.resume().match().missingRequired();
    }

    /** This row as it stands now, with any status or notes edited since it was loaded. */
    public Candidate snapshot() {
        return candidate.withStatus(status.get()).withNotes(notes.get());
    }

    public String blindLabel() {
        return BlindMask.label(candidate.rank());
    }

    /** The text the detail pane shows: masked while blind review is on. */
    public String visibleText() {
        return blind.get() ? texts.masked() : resume().text();
    }

    void setStatus(CandidateStatus newStatus) {
        status.set(newStatus);
    }

    void setNotes(String newNotes) {
        notes.set(newNotes);
    }

    boolean hasSkill(String lowerCaseSkill) {
        return skillKeys.contains(lowerCaseSkill);
    }

    /** Whether a lower-case search term is in what may be searched in the current mode. */
    boolean contains(String lowerCaseTerm) {
        String haystack = blind.get() ? texts.blindHaystack() : texts.openHaystack();
        return haystack.contains(lowerCaseTerm) || lower(notes.get()).contains(lowerCaseTerm);
    }

    private static String openName(ScreenedResume resume) {
        String found = resume.name();
        return found.isBlank() ? baseName(resume.file()) : found;
    }

    /**
     * A file name without the name in it: file names are often the candidate's name, so blind
     * review keeps only the extension.
     */
    static String maskFile(String file) {
        String base = fileName(file);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? "hidden" + base.substring(dot).toLowerCase(Locale.ROOT) : "hidden";
    }

    /** The last part of a path or of an archive entry ({@code cvs.zip!/2024/ada.pdf} gives {@code ada.pdf}). */
    static String fileName(String file) {
        int cut = Math.max(file.lastIndexOf('/'), Math.max(file.lastIndexOf('\\'), file.lastIndexOf('!')));
        return file.substring(cut + 1);
    }

    private static String baseName(String file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Set<String> lowerCased(List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        values.forEach(value -> result.add(lower(value)));
        return result;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "CandidateRow[" + candidate.rank() + ", " + candidate.sha256() + "]";
    }
}
