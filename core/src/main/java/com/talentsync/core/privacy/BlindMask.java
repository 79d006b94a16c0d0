package com.talentsync.core.privacy;

import com.talentsync.core.resume.extract.Contact;

/**
 * Blind review: hides who a candidate is so a first pass is judged on skills. Masks the name,
 * e-mail, phone, links, street address, date of birth and gendered pronouns.
 */
public final class BlindMask {

    /** What a masked candidate is called: "Candidate 7" for the seventh in a ranking. */
    public static String label(int position) {
        return "Candidate " + position;
    }

    /** {@code text} with the candidate's identifying details replaced by neutral placeholders. */
    public String mask(String text, Contact contact) {
        throw new UnsupportedOperationException("not built yet");
    }
}
