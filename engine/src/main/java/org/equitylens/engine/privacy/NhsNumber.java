package org.equitylens.engine.privacy;

/**
 * Recognises NHS numbers, so that an extract carrying them can be refused before anything is stored.
 *
 * <p>An NHS number is ten digits (spaces or hyphens allowed between groups) whose tenth digit is the
 * Modulus 11 check digit: the first nine digits are weighted 10 down to 2, the weighted sum is taken
 * modulo 11 and subtracted from 11; a result of 11 gives check digit 0, a result of 10 makes the
 * number invalid. Source: NHS Data Model and Dictionary, NHS NUMBER.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** True when {@code value} is a syntactically valid NHS number passing the Modulus 11 check. */
    public static boolean isValid(CharSequence value) {
        if (value == null) {
            return false;
        }
        int[] digits = new int[10];
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == 10) {
                    return false;
                }
                digits[count++] = c - '0';
            } else if (c != ' ' && c != '-') {
                return false;
            }
        }
        if (count != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digits[i] * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits[9];
    }
}
