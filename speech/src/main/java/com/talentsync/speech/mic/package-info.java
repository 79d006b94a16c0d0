/** Capturing the microphone through Java Sound at 16 kHz mono 16-bit. */
package com.talentsync.speech.mic;
