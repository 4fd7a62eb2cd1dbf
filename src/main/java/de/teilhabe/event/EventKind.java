package de.teilhabe.event;

public enum EventKind {

	WORKSHOP, CONFERENCE

}
