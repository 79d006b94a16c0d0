/**
 * Offline speech: audio from the microphone or files ({@code audio}, {@code mic}), normalised to
 * 16 kHz mono 16-bit, decoded by Vosk ({@code vosk}) into core's timed transcripts.
 * {@link com.talentsync.speech.SpeechService} is the module's face; the app uses nothing else
 * but the records it returns. Depends on core only.
 */
package com.talentsync.speech;
