package org.equitylens.app.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.support.BrowserTestBase;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst in a real browser (Debian's headless chromium and chromedriver from /usr/bin): uploads an
 * extract (through the script that shows the upload's progress), confirms the column mapping, waits on the self-refreshing progress page, defines a measure and
 * finds the gap chart and the summary sentence on its dashboard, then gives it a focus group there.
 */
class DashboardBrowserTest extends BrowserTestBase {

    @Test
    void anAnalystUploadsAnExtractAndFindsTheGapChartAndSummary() throws Exception {
        Path extract = DashboardFixtures.mhaExtract(3000, System.nanoTime());
        var analyst = DemoAccounts.forRole(Role.ANALYST);
        browser.get("http://localhost:" + port + "/sign-in");
        browser.findElement(By.id("email")).sendKeys(analyst.email());
        browser.findElement(By.id("password")).sendKeys(analyst.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitForTitle("Home");

        browser.get("http://localhost:" + port + "/datasets/new");
        browser.findElement(By.id("name")).sendKeys("Browser extract");
        browser.findElement(By.id("file")).sendKeys(extract.toAbsolutePath().toString());
        // The upload is quick here, so the progress bar is gone by the next page: remember what it said.
        ((JavascriptExecutor) browser).executeScript("new MutationObserver(() => {"
                + " const text = document.getElementById('upload-progress-text');"
                + " const bar = document.getElementById('upload-progress-bar');"
                + " if (text && bar) { sessionStorage.setItem('uploadProgress', text.getAttribute('aria-live') + '|' + text.textContent); }"
                + "}).observe(document.body, { subtree: true, childList: true, characterData: true });");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        waitForTitle("Map the columns");
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('uploadProgress')"))
                .matches("polite\\|(Starting the upload|Uploaded [0-9.]+ MB of [0-9.]+ MB|Upload complete\\. Opening the next page…)");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        // The progress page refreshes itself (Refresh header, no script needed) until the import is done.
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.linkText("Define a measure on this dataset")));
        browser.findElement(By.linkText("Define a measure on this dataset")).click();

        browser.findElement(By.id("name")).sendKeys("Browser detentions");
        browser.findElement(By.id("denominator")).clear();
        browser.findElement(By.id("denominator")).sendKeys("population:ICB:QMF");
        browser.findElement(By.id("dim-ethnic_group_census")).click();
        browser.findElement(By.id("ref-ethnic_group_census")).sendKeys("WHITE");
        browser.findElement(By.xpath("//button[text()='Save the measure']")).click();
        waitForTitle("Browser detentions");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser detentions");
        assertThat(browser.findElement(By.id("gap-chart")).findElement(By.tagName("svg")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("summary")).getText())
                .startsWith("In the latest month").contains("times the rate for White");

        // The focus group, chosen on the dashboard, leads the summary from then on.
        new Select(browser.findElement(By.id("focus-ethnic_group_census"))).selectByVisibleText("Black or Black British");
        browser.findElement(By.xpath("//button[text()='Save the focus group']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "the rate for Black or Black British was"));
        assertThat(new Select(browser.findElement(By.id("focus-ethnic_group_census"))).getFirstSelectedOption().getText())
                .isEqualTo("Black or Black British");
    }
}
