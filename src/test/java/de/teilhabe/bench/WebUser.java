package de.teilhabe.bench;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser over HTTP on loopback: its own cookies (session, survey token) and user
 * agent, no redirects followed. All browsers share one HTTP client and its connection
 * pool, so a thousand of them cost no thousand threads.
 */
final class WebUser {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String base;

	private final String userAgent;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	/** The CSRF token of the last form this browser opened, where the caller keeps it. */
	String csrf;

	WebUser(int port, String userAgent) {
		this.base = "http://127.0.0.1:" + port;
		this.userAgent = userAgent;
	}

	/** Signs in through the login form, as a person would. */
	static WebUser signedIn(int port, String userId, String password) throws IOException, InterruptedException {
		WebUser user = new WebUser(port, "teilhabe-bench");
		String csrf = csrfOf(user.get("/login").body());
		HttpResponse<String> response = user.post("/login",
				Map.of("username", List.of(userId), "password", List.of(password), "_csrf", List.of(csrf)));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
			throw new IllegalStateException(
					"Login of " + userId + " failed: " + response.statusCode() + " " + location);
		}
		return user;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return keepCookies(CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
	}

	/** A GET that must answer 200; the body is returned. */
	String page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		return response.body();
	}

	HttpResponse<String> post(String path, Map<String, List<String>> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return keepCookies(CLIENT.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString()));
	}

	/** Forgets every cookie: the next request is a new visitor's. */
	void clearCookies() {
		cookies.clear();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(180))
			.header("User-Agent", userAgent)
			.header("Accept-Language", "de");
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return request;
	}

	private HttpResponse<String> keepCookies(HttpResponse<String> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			for (HttpCookie cookie : HttpCookie.parse(header)) {
				if (cookie.getMaxAge() == 0) {
					cookies.remove(cookie.getName());
				}
				else {
					cookies.put(cookie.getName(), cookie.getValue());
				}
			}
		}
		return response;
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/**
	 * The CSRF token of a page, found without parsing it (the load generator should not
	 * eat the server's CPU).
	 */
	static String csrfOf(String html) {
		Matcher token = CSRF.matcher(html);
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
