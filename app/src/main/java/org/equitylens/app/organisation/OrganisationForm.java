package org.equitylens.app.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OrganisationForm(
        @NotBlank(message = "Enter the organisation name")
        @Size(max = 200, message = "Organisation name must be 200 characters or fewer")
        String name,
        @Pattern(regexp = "^$|^[A-Za-z0-9]{3,10}$",
                message = "ODS code must be 3 to 10 letters or numbers, for example RWK")
        String odsCode,
        @NotNull(message = "Select the type of organisation")
        OrganisationType type) {
}
