package de.teilhabe.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the request names does not exist (an event, a survey, a question, a participation
 * process, a documentation): the error page says "not found".
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super("No " + what + " " + id);
	}

}
