package de.teilhabe.documentation;

public enum DocumentationStatus {

	DRAFT, PUBLISHED

}
