package org.equitylens.app.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Length rules for passwords (bcrypt reads at most 72 bytes) and a generator for one-time passwords. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;
    // No look-alike characters (0/O, 1/l/I), so a printed password can be typed reliably.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    /** The problem with a proposed password, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.isEmpty()) {
            return "Enter a password";
        }
        if (password.length() < MIN_LENGTH) {
            return "Password must be " + MIN_LENGTH + " characters or more";
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Password must be " + MAX_LENGTH + " characters or fewer";
        }
        return null;
    }

    /** 24 random characters from a 56-letter alphabet: about 139 bits. */
    public static String generate() {
        var sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
