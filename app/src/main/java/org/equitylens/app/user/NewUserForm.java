package org.equitylens.app.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Leave the initial password empty to have one generated and shown once. */
public record NewUserForm(
        @NotBlank(message = "Enter an email address")
        @Email(message = "Enter an email address in the correct format, like name@example.nhs.uk")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        String email,
        @NotBlank(message = "Enter the person's name")
        @Size(max = 100, message = "Name must be 100 characters or fewer")
        String displayName,
        @NotNull(message = "Select a role")
        Role role,
        String initialPassword) {
}
