/**
 * What the speech module hands to the rest of the app: a {@link com.talentsync.core.speech.Transcript}
 * of timed words. No audio and no recogniser here; {@code delivery} turns transcripts into the
 * figures a speaking coach would give.
 */
package com.talentsync.core.speech;
