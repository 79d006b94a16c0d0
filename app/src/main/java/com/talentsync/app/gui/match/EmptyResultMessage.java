package com.talentsync.app.gui.match;

/** What the result area of the Match screen says while it has no score: what is missing, or why. */
final class EmptyResultMessage {

    private EmptyResultMessage() {}

    static String of(MatchViewModel model) {
        if (model.sheet().result().isPresent()) {
            return "";
        }
        if (!model.loadedProperty().get()) {
            return "Opening your resumes and job ads…";
        }
        boolean noResume = model.resumeTextProperty().get().isBlank();
        boolean noJob = model.jobs().selectedProperty().get() == null;
        if (noResume && noJob) {
            return "Choose a resume on the left and a job ad on the right to see how well they match.";
        }
        if (noResume) {
            return model.resumes().isEmpty()
                    ? "Paste a resume or open a resume file on the left (or import resumes on the Resumes screen)."
                    : "Choose a resume on the left, paste one or open a file.";
        }
        if (noJob) {
            return model.jobs().jobs().isEmpty()
                    ? "Add the job ad on the right: paste it (Ctrl+Shift+V), open a file, or fetch it from a web address (Ctrl+L)."
                    : "Choose a saved job ad on the right, or add one: paste (Ctrl+Shift+V), file, or web address (Ctrl+L).";
        }
        return switch (model.scoreStateProperty().get()) {
            case FAILED -> "The match could not be scored: " + model.scoreProblemProperty().get();
            default -> "Scoring…";
        };
    }
}
