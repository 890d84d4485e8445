package org.equitylens.app.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst in a real browser (Debian's headless chromium and chromedriver from /usr/bin): uploads an
 * extract, confirms the column mapping, waits on the self-refreshing progress page, defines a measure and
 * finds the gap chart and the summary sentence on its dashboard.
 */
class DashboardBrowserTest extends AppTest {

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
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnalystUploadsAnExtractAndFindsTheGapChartAndSummary() throws Exception {
        Path extract = DashboardFixtures.mhaExtract(3000, System.nanoTime());
        var analyst = DemoAccounts.forRole(Role.ANALYST);
        browser.get("http://localhost:" + port + "/sign-in");
        browser.findElement(By.id("email")).sendKeys(analyst.email());
        browser.findElement(By.id("password")).sendKeys(analyst.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        browser.get("http://localhost:" + port + "/datasets/new");
        browser.findElement(By.id("name")).sendKeys("Browser extract");
        browser.findElement(By.id("file")).sendKeys(extract.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        assertThat(browser.getTitle()).startsWith("Map the columns");
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

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser detentions");
        assertThat(browser.findElement(By.id("gap-chart")).findElement(By.tagName("svg")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("summary")).getText())
                .startsWith("In the latest month").contains("times the rate for White");
    }
}
