package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import de.teilhabe.IntegrationTest;

/**
 * What a user sees when a request is refused: a translated page that says nothing
 * changed, never a stack trace.
 */
@IntegrationTest
class ErrorPagesTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void shouldSayTheFormExpiredWhenTheSessionOrTokenIsGone() {
		ResponseEntity<String> response = post("/tasks/some-task/complete", "sessionQuestions=x", "de");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody()).contains("Formular abgelaufen")
			.contains("Es wurde nichts gespeichert")
			.doesNotContain("Exception")
			.doesNotContain("at de.teilhabe");
	}

	@Test
	void shouldSayItInEnglishToo() {
		ResponseEntity<String> response = post("/tasks/some-task/claim", "", "en");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody()).contains("Form expired").contains("Nothing was saved");
	}

	private ResponseEntity<String> post(String path, String body, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		headers.add(HttpHeaders.COOKIE, "teilhabe-lang=" + language);
		return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
	}

}
