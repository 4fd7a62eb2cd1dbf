package de.teilhabe.event;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The press RSVP form: who comes to the press appointment, for which medium. */
class PressRsvpForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 200)
	private String medium;

	@NotBlank
	@Size(max = 254)
	@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
	private String email;

	@AssertTrue
	private boolean consent;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getMedium() {
		return medium;
	}

	public void setMedium(String medium) {
		this.medium = medium;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
