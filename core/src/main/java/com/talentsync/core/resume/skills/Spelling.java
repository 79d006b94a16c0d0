package com.talentsync.core.resume.skills;

/**
 * One way of writing a skill (its name or an alias) and the rules for counting it in text.
 *
 * @param words              the lower-cased words, the lookup key
 * @param written            the words as written in the taxonomy, for case-exact matching
 * @param contextOnly        counts only in a skills context ("R", "Go", "Node", "Excel")
 * @param exactCase          counts only written exactly so ("ML" is machine learning, "ml" millilitres)
 * @param casedOutsideContext a context-only spelling that also counts in prose when written
 *                           exactly so and not at a sentence start ("in Excel" but not "excel at")
 * @param file               the taxonomy file and line that defined it, for error messages
 */
record Spelling(Skill skill, String[] words, String[] written, boolean contextOnly, boolean exactCase,
        boolean casedOutsideContext, String file, int line) {

    /** One- or two-character names glued to a neighbour ("C-level", "go-to") are not names. */
    boolean isShortSingleWord() {
        return words.length == 1 && words[0].length() <= 2;
    }
}
