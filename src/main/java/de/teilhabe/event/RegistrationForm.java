package de.teilhabe.event;

import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The registration form of the public event page (and the coordinator's "add person").
 */
class RegistrationForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	/**
	 * Hibernate Validator's @Email accepts addresses without a domain dot; a mail to them
	 * cannot arrive.
	 */
	@NotBlank
	@Size(max = 254)
	@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
	private String email;

	@Size(max = 200)
	private String organisation;

	@NotNull
	private ParticipantGroup participantGroup;

	@Size(max = 300)
	private String workingGroupPreference;

	@Size(max = 2000)
	private String accessibilityNeeds;

	@AssertTrue
	private boolean consent;

	/**
	 * Only on the coordinator's form: the language of the mails to the person added.
	 * Online registrants get the language of the page they registered on.
	 */
	@NotNull
	@Pattern(regexp = "de|en")
	private String language = MailLanguage.DE.tag();

	NewRegistration toRegistration() {
		return new NewRegistration(name, email, blankToNull(organisation), participantGroup,
				blankToNull(workingGroupPreference), blankToNull(accessibilityNeeds));
	}

	Locale mailLocale() {
		return MailLanguage.of(language).locale();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public ParticipantGroup getParticipantGroup() {
		return participantGroup;
	}

	public void setParticipantGroup(ParticipantGroup participantGroup) {
		this.participantGroup = participantGroup;
	}

	public String getWorkingGroupPreference() {
		return workingGroupPreference;
	}

	public void setWorkingGroupPreference(String workingGroupPreference) {
		this.workingGroupPreference = workingGroupPreference;
	}

	public String getAccessibilityNeeds() {
		return accessibilityNeeds;
	}

	public void setAccessibilityNeeds(String accessibilityNeeds) {
		this.accessibilityNeeds = accessibilityNeeds;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
