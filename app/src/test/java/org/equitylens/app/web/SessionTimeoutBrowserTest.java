package org.equitylens.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.support.BrowserTestBase;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The warning before the session times out, in a real browser. The shortest session the servlet container
 * knows is one minute; warning 55 seconds before it ends brings the dialog up five seconds after a page loads.
 */
@TestPropertySource(properties = {"server.servlet.session.timeout=1m", "equitylens.security.session-warning=55s"})
class SessionTimeoutBrowserTest extends BrowserTestBase {

    private static final By DIALOG = By.id("session-timeout");

    /** Signs in afresh and returns when the home page has loaded (when the server's clock starts). */
    private long signIn() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/sign-in");
        var member = DemoAccounts.forRole(Role.MEMBER);
        browser.findElement(By.id("email")).sendKeys(member.email());
        browser.findElement(By.id("password")).sendKeys(member.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitForTitle("Home");
        return System.nanoTime();
    }

    private static WebElement waitForDialog() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElement(DIALOG).isDisplayed());
        return browser.findElement(DIALOG);
    }

    private static void sleepUntil(long startNanos, Duration after) throws InterruptedException {
        long left = startNanos + after.toNanos() - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left).toMillis());
        }
    }

    @Test
    void theWarningTakesFocusAndStayingSignedInKeepsTheSessionPastItsFirstEnd() throws Exception {
        long loaded = signIn();
        WebElement body = browser.findElement(By.tagName("body"));
        assertThat(body.getAttribute("data-session-timeout")).isEqualTo("60");
        assertThat(body.getAttribute("data-session-warning")).isEqualTo("55");
        assertThat(browser.findElement(DIALOG).isDisplayed()).isFalse();

        WebElement dialog = waitForDialog();
        assertThat(dialog.getAttribute("open")).isNotNull();
        assertThat(dialog.getDomAttribute("role")).isEqualTo("alertdialog");
        assertThat(browser.findElement(By.id(dialog.getDomAttribute("aria-labelledby"))).getText())
                .isEqualTo("You are about to be signed out");
        assertThat(browser.findElement(By.id(dialog.getDomAttribute("aria-describedby"))).getText())
                .matches("(?s)For your security, we will sign you out in \\d+ seconds\\..*");
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Stay signed in");
        // Styled by the app's stylesheet: an NHS blue border.
        assertThat(dialog.getCssValue("border-top-color")).isEqualTo("rgba(0, 94, 184, 1)");

        focused.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElement(DIALOG).isDisplayed());
        // Past the end of the first minute (and the grace): only the ping can have kept the session.
        sleepUntil(loaded, Duration.ofSeconds(64));
        browser.get("http://localhost:" + port + "/datasets");
        assertThat(browser.getTitle()).startsWith("Datasets");
    }

    @Test
    void leftAloneThePageSaysWhyItSignedYouOut() throws Exception {
        long loaded = signIn();
        waitForDialog();
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver -> driver.getTitle().startsWith("Sign in"));
        assertThat(Duration.ofNanos(System.nanoTime() - loaded)).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("You were signed out because you had not done anything");
        browser.get("http://localhost:" + port + "/datasets");
        assertThat(browser.getTitle()).startsWith("Sign in");
    }

    @Test
    void signingOutFromTheWarningSignsOut() {
        signIn();
        waitForDialog().findElement(By.xpath(".//button[normalize-space()='Sign out']")).click();
        waitForTitle("Sign in");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have signed out.");
    }
}
