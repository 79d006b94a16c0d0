package com.talentsync.core.resume.extract;

import java.time.YearMonth;

/** A period of more than six months between jobs. */
public record Gap(YearMonth from, YearMonth to, int months) {}
