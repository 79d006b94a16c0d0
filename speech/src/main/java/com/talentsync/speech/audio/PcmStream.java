package com.talentsync.speech.audio;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Audio as Vosk wants it: 16 kHz, mono, signed 16-bit little-endian PCM, read a chunk at a time
 * so an hour-long file never sits in memory.
 */
public interface PcmStream extends Closeable {

    int SAMPLE_RATE = 16_000;
    int BYTES_PER_SAMPLE = 2;

    /**
     * Reads up to {@code length} bytes (always a whole number of samples).
     *
     * @return bytes read, or -1 at the end
     */
    int read(byte[] buffer, int offset, int length) throws IOException;

    /** What the file was before conversion. */
    SourceInfo source();

    /** One-line notes for the user, e.g. "recorded at 8 kHz: expect lower accuracy". */
    List<String> warnings();
}
