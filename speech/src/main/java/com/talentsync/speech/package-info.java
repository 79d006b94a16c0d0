/**
 * Offline speech: audio from the microphone or files, normalised to 16 kHz mono 16-bit, decoded by
 * Vosk into core's transcript records. Depends on core only; the app depends on it. Nothing is
 * implemented here yet: the module exists so the layering is fixed from the start.
 */
package com.talentsync.speech;
