package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import de.teilhabe.IntegrationTest;
import de.teilhabe.demo.DemoUsers;

/**
 * Uploads through the real Tomcat, signed in as the coordinator, as a browser sends them:
 * multipart with the CSRF token, and files over the limit, which Tomcat refuses before
 * Spring sees them. MockMvc has no such limits.
 */
@IntegrationTest
class InviteeUploadOverHttpTest {

	private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern IMPORT_ACTION = Pattern.compile("action=\"([^\"]*/invitees\\?_csrf=[^\"]+)\"");

	private static final int MEGABYTE = 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	EventFixtures fixtures;

	@Autowired
	InvitationService invitations;

	@Autowired
	DemoUsers users;

	HttpClient http;

	@BeforeEach
	void signInAsCoordinator() throws Exception {
		users.create();
		http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String token = find(HIDDEN_TOKEN, get("/login").body());
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + DemoUsers.COORDINATOR + "&password=" + DemoUsers.PASSWORD
					+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/tasks"));
	}

	@Test
	void shouldImportAnUploadedFileWithTheTokenOnlyInTheAddress() throws Exception {
		long id = fixtures.openConference(10).getId();
		byte[] csv = "Name;E-Mail;Organisation\r\nJürgen Müller;mueller@stadt.example;Amt für Straßenbau\r\n"
			.getBytes("windows-1252");

		HttpResponse<String> response = upload(id, csv);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/events/" + id + "/invitees"));
		assertThat(invitations.inviteesOf(id)).extracting(Invitee::getName).containsExactly("Jürgen Müller");
	}

	@Test
	void shouldShowTheLimitNextToTheFieldForAFileJustOverItAndImportNothing() throws Exception {
		long id = fixtures.openConference(10).getId();

		HttpResponse<String> response = upload(id, list(2 * MEGABYTE + 1));

		assertRefusedAsTooLarge(response);
		assertThat(invitations.inviteesOf(id)).isEmpty();
	}

	/**
	 * More than Tomcat's default 2 MB it reads and drops after refusing an upload: the
	 * browser still gets the page.
	 */
	@Test
	void shouldShowTheLimitForAFileFarOverItInsteadOfResettingTheConnection() throws Exception {
		long id = fixtures.openConference(10).getId();

		HttpResponse<String> response = upload(id, list(40 * MEGABYTE));

		assertRefusedAsTooLarge(response);
		assertThat(invitations.inviteesOf(id)).isEmpty();
		// the session goes on: the next page comes as usual
		assertThat(get("/events/" + id + "/invitees").statusCode()).isEqualTo(200);
	}

	/**
	 * A refusal from the service: the real server shows the page again in the same
	 * response, the reason next to the file field (see {@code RefusalAdvice}).
	 */
	@Test
	void shouldShowARefusedListNextToTheFileFieldInTheSameResponse() throws Exception {
		long id = fixtures.openConference(10).getId();

		HttpResponse<String> response = upload(id, "Name;E-Mail\r\n".getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Die Liste enthält nach der Überschriftenzeile keine Personen.")
			.contains("id=\"file-error\"")
			.contains("Es wurde nichts importiert.")
			.doesNotContain("Exception");
		assertThat(invitations.inviteesOf(id)).isEmpty();
		assertThat(get("/events/" + id + "/invitees").body()).doesNotContain("keine Personen");
	}

	private static void assertRefusedAsTooLarge(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Die Datei ist zu groß: höchstens 2 MB.")
			.contains("id=\"file-error\"")
			.contains("Es wurde nichts importiert.")
			.doesNotContain("Formular abgelaufen")
			.doesNotContain("Exception");
	}

	/**
	 * The form as the browser sends it: the token only in the action's address, the file,
	 * an empty text field.
	 */
	private HttpResponse<String> upload(long id, byte[] file) throws IOException, InterruptedException {
		String action = find(IMPORT_ACTION, get("/events/" + id + "/invitees").body());
		String boundary = "----teilhabe" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"group\"\r\n\r\nFACHAKTEUR\r\n"
				+ "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Einladungsliste.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"csv\"\r\n\r\n\r\n--"
				+ boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(1))
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), BodyHandlers.ofString());
	}

	/**
	 * A valid list of at least this many bytes: were it not refused, every line would be
	 * imported.
	 */
	private static byte[] list(int bytes) {
		StringBuilder csv = new StringBuilder(bytes + 64).append("Name;E-Mail\r\n");
		for (int i = 0; csv.length() < bytes; i++) {
			csv.append("Person ").append(i).append(";person").append(i).append("@example.org\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

}
