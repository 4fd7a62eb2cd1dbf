package de.teilhabe.event;

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
