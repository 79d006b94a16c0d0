package com.talentsync.core.resume.extract;

import java.util.List;
import java.util.Optional;

/** A project with the technologies named in it. */
public record Project(String title, List<String> technologies, Optional<String> link, int line) {}
