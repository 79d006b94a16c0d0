package com.talentsync.core.resume.extract;

import java.util.List;
import java.util.Optional;

/** Contact details; the phone is normalised to E.164 (e.g. {@code +919876543210}). */
public record Contact(
        Optional<String> name,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> location,
        List<Link> links) {}
