package org.equitylens.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.support.AppTest;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser: Debian's headless chromium and chromedriver from /usr/bin, given explicitly so that
 * Selenium Manager never runs or downloads anything.
 */
class BrowserTest extends AppTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDemoAnalystSignsInAndSeesTheStyledNhsukHomePage() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).isEqualTo("Sign in – EquityLens");

        var analyst = DemoAccounts.forRole(Role.ANALYST);
        browser.findElement(By.id("email")).sendKeys(analyst.email());
        browser.findElement(By.id("password")).sendKeys(analyst.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(browser.getTitle()).isEqualTo("Home – EquityLens");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, " + analyst.displayName());
        // The NHS.UK stylesheet is loaded and applied: NHS blue header, white service name.
        assertThat(browser.findElement(By.cssSelector("header.nhsuk-header")).getCssValue("background-color"))
                .isEqualTo("rgba(0, 94, 184, 1)");
        assertThat(browser.findElement(By.cssSelector(".nhsuk-header__service-name")).getCssValue("color"))
                .isEqualTo("rgba(255, 255, 255, 1)");
        // The frontend's script ran too (progressive enhancement only).
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("nhsuk-frontend-supported");

        browser.findElement(By.cssSelector(".nhsuk-header__account-button")).click();
        assertThat(browser.getTitle()).isEqualTo("Sign in – EquityLens");
    }

    @Test
    void aFormErrorMovesToTheErrorSummaryAndKeepsTheEmail() {
        browser.get("http://localhost:" + port + "/sign-in");
        browser.findElement(By.id("email")).sendKeys("nobody@demo.example");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(browser.getTitle()).isEqualTo("Error: Sign in – EquityLens");
        assertThat(browser.findElement(By.cssSelector(".nhsuk-error-summary")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("nobody@demo.example");
    }
}
