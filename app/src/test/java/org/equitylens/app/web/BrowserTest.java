package org.equitylens.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.support.BrowserTestBase;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A real browser: Debian's headless chromium and chromedriver from /usr/bin, given explicitly so that
 * Selenium Manager never runs or downloads anything.
 */
class BrowserTest extends BrowserTestBase {

    @Test
    void theDemoAnalystSignsInAndSeesTheStyledNhsukHomePage() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).isEqualTo("Sign in – EquityLens");

        var analyst = DemoAccounts.forRole(Role.ANALYST);
        browser.findElement(By.id("email")).sendKeys(analyst.email());
        browser.findElement(By.id("password")).sendKeys(analyst.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitForTitle("Home");

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
        waitForTitle("Sign in");
        assertThat(browser.getTitle()).isEqualTo("Sign in – EquityLens");
    }

    @Test
    void aFormErrorMovesToTheErrorSummaryAndKeepsTheEmail() {
        browser.get("http://localhost:" + port + "/sign-in");
        browser.findElement(By.id("email")).sendKeys("nobody@demo.example");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitForTitle("Error:");

        assertThat(browser.getTitle()).isEqualTo("Error: Sign in – EquityLens");
        assertThat(browser.findElement(By.cssSelector(".nhsuk-error-summary")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("nobody@demo.example");
    }
}
