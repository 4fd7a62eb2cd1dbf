package de.teilhabe.event;

import java.io.IOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * One invitation list to import: which list, and the CSV as an uploaded file or pasted.
 */
class InviteeImportForm {

	private ParticipantGroup group;

	private String csv;

	private MultipartFile file;

	/** A browser sends an empty part without a file name when no file was chosen. */
	boolean hasFile() {
		return file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
	}

	boolean hasText() {
		return csv != null && !csv.isBlank();
	}

	/** The field the list came in: the file, or else the pasted text. */
	String field() {
		return hasFile() ? "file" : "csv";
	}

	/**
	 * The list as text: the file's, read and checked as {@link InviteeList#text} does, or
	 * the pasted text.
	 * @throws RegistrationRefusedException on the file field if the file cannot be read
	 */
	String text() {
		if (!hasFile()) {
			return csv;
		}
		try {
			return InviteeList.text(file.getBytes(), file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw RegistrationRefusedException.onField("file", "event.invitees.unreadable");
		}
		catch (RegistrationRefusedException refused) {
			throw RegistrationRefusedException.onField("file", refused.messageKey());
		}
	}

	public ParticipantGroup getGroup() {
		return group;
	}

	public void setGroup(ParticipantGroup group) {
		this.group = group;
	}

	public String getCsv() {
		return csv;
	}

	public void setCsv(String csv) {
		this.csv = csv;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
