package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's headless Chromium (Debian's chromium and chromium-driver) on the app's page. It
 * never downloads a browser or a driver: without /usr/bin/chromium the test is skipped, unless
 * {@code -Dbrowser.required=true} or on CI ({@code CI=true}), where it fails. Every page visited is saved as a
 * screenshot under target/screenshots, and the console's errors are collected for the test to
 * assert on.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final String baseUrl;
  private final String test;
  private final Path profile;
  private final List<String> consoleErrors = new ArrayList<>();

  private Browser(ChromeDriver driver, String baseUrl, String test, Path profile) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.test = test;
    this.profile = profile;
  }

  static Browser open(int port, String test) {
    return open(port, test, null);
  }

  /**
   * A browser whose language is {@code language} (a BCP 47 tag such as de-DE): what it says in
   * navigator.languages and sends as Accept-Language; null keeps Chromium's default, English.
   */
  static Browser open(int port, String test, String language) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    // CI sets CI=true and installs Chromium: there a missing browser is a failure, not a skip.
    boolean required = Boolean.getBoolean("browser.required") || "true".equalsIgnoreCase(System.getenv("CI"));
    if (!present && required) {
      fail("browser.required is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
    }
    assumeTrue(present, "no Chromium at " + CHROMIUM + ": browser test skipped");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--window-size=1440,1000", "--user-data-dir=" + profile);
      options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
      if (language != null) {
        options.addArguments("--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      Files.createDirectories(SCREENSHOTS);
      return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, test, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void visit(String hashPath) {
    collectConsole();
    driver.get(baseUrl + "/#" + hashPath);
  }

  void logIn(String username, String password) {
    visit("/login");
    WebElement user = waitFor(By.id("username"));
    screenshot("login");
    user.sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login")).click();
    waitUntil(d -> !d.getCurrentUrl().endsWith("#/login") && !d.findElements(By.id("logout")).isEmpty());
    // The login is the session cookie, which the page's script cannot read; the page stores no
    // credential of its own.
    assertThat(script("return sessionStorage.length + localStorage.length")).as("items in web storage").isEqualTo(0L);
    assertThat((String) script("return document.cookie")).as("cookies the script can read").doesNotContain("JSESSIONID");
    assertThat(driver.manage().getCookieNamed("JSESSIONID")).as("the session cookie").isNotNull();
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> found = d.findElements(by);
      return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
    });
  }

  <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
  }

  WebDriver driver() {
    return driver;
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Saves the page as target/screenshots/{test}-{name}.png. */
  void screenshot(String name) {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(test + "-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Console errors so far, except lines naming one of the expected failures and the 401 of the
   * page's first question, before the login, whether the browser is logged in. A violation of the
   * Content-Security-Policy is never expected.
   */
  List<String> consoleErrors(String... expected) {
    collectConsole();
    return consoleErrors.stream()
        .filter(line -> line.contains("Content Security Policy")
            || Stream.of(expected).noneMatch(line::contains) && !line.contains(NOT_LOGGED_IN))
        .toList();
  }

  void assertNoConsoleErrors(String... expected) {
    assertThat(consoleErrors(expected)).as("severe messages on the browser console").isEmpty();
  }

  private static final String NOT_LOGGED_IN = "/api/me - Failed to load resource: the server responded with a status of 401";

  private void collectConsole() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        consoleErrors.add(entry.getMessage());
      }
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // A temp profile left behind is harmless.
      }
    }
  }
}
