package de.teilhabe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A headless Chromium for one test, pointed at the app on a random port, with an
 * accessibility check.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final WebDriver driver;

	private final String baseUrl;

	public Browser(int port) {
		this(port, new Dimension(1280, 900));
	}

	public Browser(int port, Dimension window) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// the machine has no network but the package registries: keep Chromium from
		// calling home
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=de-DE");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().window().setSize(window);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		this.baseUrl = "http://localhost:" + port;
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	public void signIn(String user, String password) {
		open("/login");
		find(By.id("username")).sendKeys(user);
		find(By.id("password")).sendKeys(password);
		clickAndWait(find(By.cssSelector("form button[type=submit]")));
	}

	/**
	 * Clicks a link or submit button and waits until the next page replaced this one (a
	 * click does not wait).
	 */
	public void clickAndWait(WebElement element) {
		WebElement page = find(By.tagName("html"));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(page));
	}

	/**
	 * Whether the element's page was replaced. Debian's Chromium answers for an element
	 * of a replaced page either "stale element" or, now and then, an inspector error
	 * ("does not belong to the document"): both mean gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException gone) {
			return true;
		}
	}

	/**
	 * Runs axe-core (WCAG 2.1 A and AA) on the current page and fails with the
	 * violations, if any.
	 */
	public void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
		assertThat(results.getViolations())
			.as("axe-core violations on %s:%n%s", path(), describe(results.getViolations()))
			.isEmpty();
	}

	/** The whole page as PNG, for a person to look at. */
	public void screenshot(Path file) throws IOException {
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.createDirectories(file.getParent());
		Files.write(file, png);
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + " -> "
					+ rule.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		driver.quit();
	}

}
