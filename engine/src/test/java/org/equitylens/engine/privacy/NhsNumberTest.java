package org.equitylens.engine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void acceptsNumbersWithAValidCheckDigit() {
        // 943 476 5919 is the Data Dictionary's worked example.
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
        assertThat(NhsNumber.isValid("943-476-5919")).isTrue();
    }

    @Test
    void rejectsWrongCheckDigitsLengthsAndCharacters() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659190")).isFalse();
        assertThat(NhsNumber.isValid("94347659x9")).isFalse();
        assertThat(NhsNumber.isValid("")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @Test
    void appliesTheWeightsTenDownToTwo() {
        // 1 (weight 10) + 1 (weight 3) = 13; 13 mod 11 = 2; 11 - 2 = 9.
        assertThat(NhsNumber.isValid("1000000109")).isTrue();
        // Without the leading 1 the sum is 3 and the check digit would be 8.
        assertThat(NhsNumber.isValid("0000000109")).isFalse();
    }

    @Test
    void rejectsNumbersWhoseCheckWouldBeTen() {
        // 1 (weight 10) + 1 (weight 2) = 12; 12 mod 11 = 1; 11 - 1 = 10: no valid check digit exists.
        for (char last = '0'; last <= '9'; last++) {
            assertThat(NhsNumber.isValid("100000001" + last)).isFalse();
        }
    }
}
