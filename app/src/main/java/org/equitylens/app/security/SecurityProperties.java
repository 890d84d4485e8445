package org.equitylens.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in rules: after {@code maxFailedAttempts} wrong passwords in a row the account is locked for
 * {@code lockDuration}. Pages warn {@code sessionWarning} before the session times out.
 */
@ConfigurationProperties("equitylens.security")
public record SecurityProperties(int maxFailedAttempts, Duration lockDuration, Duration sessionWarning) {

    public SecurityProperties {
        if (maxFailedAttempts <= 0) {
            maxFailedAttempts = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (sessionWarning == null) {
            sessionWarning = Duration.ofMinutes(2);
        }
    }
}
