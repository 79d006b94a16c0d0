/**
 * Measuring the recogniser: word error rate against reference transcripts, throughput (real-time
 * factors) and how quickly partial text follows live audio. Used by benchmark commands, not by
 * the app's normal paths.
 */
package com.talentsync.speech.vosk.eval;
