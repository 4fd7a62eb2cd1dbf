package de.teilhabe.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No participation process (or no model or job of it) by that name: the error page says
 * "not found".
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProcessNotFoundException extends RuntimeException {

	ProcessNotFoundException(String what) {
		super("No participation process " + what);
	}

}
