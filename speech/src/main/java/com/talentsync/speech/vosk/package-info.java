/** The Vosk recogniser and its model: finding, validating, unpacking and loading it once. */
package com.talentsync.speech.vosk;
