package de.teilhabe.event;

/**
 * Who registers, as the documentation counts them ("Fachakteure, Ratsmitglieder,
 * ehrenamtlich Aktive").
 */
public enum ParticipantGroup {

	FACHAKTEUR, RATSMITGLIED, EHRENAMTLICH, PRESSE, SONSTIGE

}
