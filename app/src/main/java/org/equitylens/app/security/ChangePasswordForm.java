package org.equitylens.app.security;

/** Password inputs never echo their value back to the page (Thymeleaf leaves it out). */
public record ChangePasswordForm(String currentPassword, String newPassword, String confirmPassword) {
}
