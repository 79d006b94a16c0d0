/** Delivery analytics on timed words: pace, pauses, fillers, hedges, with reference bands. */
package com.talentsync.core.speech.delivery;
