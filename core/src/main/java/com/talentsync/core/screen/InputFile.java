package com.talentsync.core.screen;

import java.nio.file.Path;

/**
 * One file to screen.
 *
 * @param display as the user knows it (see {@link FailedFile#file()})
 * @param path    where to read it: the user's file, or a copy unpacked from an archive
 */
record InputFile(String display, Path path) {}
