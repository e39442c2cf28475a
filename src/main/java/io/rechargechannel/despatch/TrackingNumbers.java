package io.rechargechannel.despatch;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a tracking number may be: letters, digits, spaces and hyphens, 4 to 40 of them. */
public final class TrackingNumbers {

    public static final int MIN = 4;
    public static final int MAX = 40;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9 -]+");

    private TrackingNumbers() {
    }

    /** What is wrong with the number, in words for the person who typed it; empty when it is fine. */
    public static Optional<String> problem(String trackingNumber) {
        String number = trackingNumber == null ? "" : trackingNumber.strip();
        if (number.isEmpty()) {
            return Optional.of("Enter the tracking number");
        }
        if (number.length() < MIN || number.length() > MAX) {
            return Optional.of("A tracking number has " + MIN + " to " + MAX + " characters");
        }
        if (!SANE.matcher(number).matches()) {
            return Optional.of("A tracking number has only letters, digits, spaces and hyphens");
        }
        return Optional.empty();
    }

    /** The same parcel however it was typed: "ab 123" and "AB123". */
    static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static String key(String number) {
        return number.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
