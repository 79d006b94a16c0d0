package com.talentsync.core.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds phone numbers in any common national or international format with libphonenumber.
 * A number written without a country code reads differently per country, so the text is read
 * as of the candidate's own country (from their phone) and a few common ones; a match counts
 * when it is a valid number there, or has at least ten digits. Years and date ranges
 * ("2015 - 2019", "01/2015 - 03/2019", "07-11-2016"), which libphonenumber would otherwise take for numbers
 * in some countries, are left alone.
 */
final class PhoneSpans {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final List<String> COMMON_REGIONS = List.of("US", "IN", "GB", "DE");
    private static final Pattern STARTS_WITH_YEAR = Pattern.compile("^\\(?(?:19|20)\\d{2}(?!\\d)");
    /** "07-11-2016", "2016.11.07": dates written with dashes or dots. */
    private static final Pattern DATE = Pattern.compile("^(?:\\d{1,2}[-.]\\d{1,2}[-.]\\d{2,4}|(?:19|20)\\d{2}[-.]\\d{1,2}[-.]\\d{1,2})$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final int MIN_DIGITS_WITHOUT_VALIDATION = 10;
    private static final int MAX_DIGITS = 15;

    private PhoneSpans() {}

    static List<Span> find(String text, Optional<String> candidatePhone, String replacement) {
        Set<String> regions = new LinkedHashSet<>();
        candidatePhone.flatMap(PhoneSpans::regionOf).ifPresent(regions::add);
        regions.addAll(COMMON_REGIONS);
        List<Span> spans = new ArrayList<>();
        for (String region : regions) {
            for (PhoneNumberMatch match : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE,
                    Long.MAX_VALUE)) {
                if (isPhone(match)) {
                    spans.add(new Span(match.start(), match.end(), replacement));
                }
            }
        }
        return spans;
    }

    private static boolean isPhone(PhoneNumberMatch match) {
        String raw = match.rawString();
        long digits = raw.chars().filter(Character::isDigit).count();
        if (digits > MAX_DIGITS || raw.indexOf('/') >= 0 || STARTS_WITH_YEAR.matcher(raw).find()
                || DATE.matcher(raw.strip()).matches()) {
            return false;
        }
        if (YEAR.matcher(raw).results().count() >= 2) {
            return false; // "2019 2020 2021": a list of years
        }
        return digits >= MIN_DIGITS_WITHOUT_VALIDATION || PHONES.isValidNumber(match.number());
    }

    private static Optional<String> regionOf(String e164) {
        try {
            String region = PHONES.getRegionCodeForNumber(PHONES.parse(e164, "ZZ"));
            return Optional.ofNullable(region).filter(code -> !code.equals("ZZ") && !code.equals("001"));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
