package com.talentsync.speech.audio;

/**
 * What an audio file held before it was converted.
 *
 * @param container   e.g. "WAV", "MP3", "FLAC"
 * @param encoding    e.g. "PCM_SIGNED", "PCM_FLOAT", "MPEG1L3"
 * @param sampleRate  samples per second of the source
 * @param channels    channel count of the source
 * @param bits        bits per sample, or -1 for compressed formats
 * @param durationSec length in seconds, or -1 when the file does not say
 */
public record SourceInfo(String container, String encoding, float sampleRate, int channels, int bits,
        double durationSec) {}
