/**
 * Reading audio files of any common format into 16 kHz mono 16-bit PCM, level measurement and
 * normalisation, and saving and playing recordings (FLAC).
 */
package com.talentsync.speech.audio;
