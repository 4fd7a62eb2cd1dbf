package de.teilhabe.survey;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class SurveyNotFoundException extends RuntimeException {

	SurveyNotFoundException(long id) {
		super("No survey, question or participation " + id);
	}

}
