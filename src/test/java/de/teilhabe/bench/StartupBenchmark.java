package de.teilhabe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Measure 6: the packaged app on the embedded default (H2 in {@code ./data}), started as
 * a user starts it, with {@code -Xmx512m}: time until the login page answers, first on an
 * empty directory (schema, deployment, demo seeding after start) and then again on the
 * same data, and the resident memory once it serves.
 */
class StartupBenchmark {

	private static final Pattern STARTED = Pattern.compile("Started TeilhabeApplication in ([0-9.]+) seconds");

	@Test
	void startUp() throws Exception {
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter(path -> path.getFileName().toString().matches("teilhabe-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/"));
		}
		Path directory = Files.createTempDirectory("teilhabe-startup");
		for (String run : List.of("first start (empty ./data)", "restart (same ./data)")) {
			measure(jar.toAbsolutePath(), directory, run);
		}
	}

	private void measure(Path jar, Path directory, String run) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = directory.resolve("app-" + System.nanoTime() + ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar.toString(), "--server.port=" + port)
			.directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		long start = System.nanoTime();
		Process app = builder.start();
		try {
			HttpClient client = HttpClient.newHttpClient();
			double serving = -1;
			while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3) && app.isAlive()) {
				try {
					HttpResponse<Void> response = client
						.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
							.timeout(Duration.ofSeconds(5))
							.build(), HttpResponse.BodyHandlers.discarding());
					if (response.statusCode() == 200) {
						serving = (System.nanoTime() - start) / 1e6;
						break;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(50);
			}
			assertThat(serving).as("the app answered; log in %s", log).isPositive();
			BenchReport.add("6 Start-up (H2, -Xmx512m)", run, "until the login page answers", serving, "ms");
			Matcher started = STARTED.matcher(Files.readString(log));
			if (started.find()) {
				BenchReport.add("6 Start-up (H2, -Xmx512m)", run, "Spring Boot's \"Started in\"",
						Double.parseDouble(started.group(1)) * 1000, "ms");
			}
			if (run.startsWith("first")) {
				double seeded = awaitLine(log, "Demo: '", start);
				BenchReport.add("6 Start-up (H2, -Xmx512m)", run, "until the demo is seeded", seeded, "ms");
			}
			BenchReport.add("6 Start-up (H2, -Xmx512m)", run, "resident memory (RSS)", rssMiB(app.pid()), "MiB");
		}
		finally {
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor();
			}
		}
	}

	private static double awaitLine(Path log, String text, long start) throws Exception {
		while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3)) {
			if (Files.readString(log).contains(text)) {
				return (System.nanoTime() - start) / 1e6;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("The demo was not seeded; see " + log);
	}

	private static double rssMiB(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
			}
		}
		return Double.NaN;
	}

}
