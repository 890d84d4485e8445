package org.equitylens.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.equitylens.app.demo.DemoAccounts;
import org.equitylens.app.support.BrowserTestBase;
import org.equitylens.app.user.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A team member in a real browser (Debian's headless chromium and chromedriver, as in web.BrowserTest)
 * starts a project, writes the equity aim, builds a driver diagram (following a rewording problem from the
 * error summary to its field), changes a co-design session and their own comment, plans a PDSA cycle on the
 * MHA measure and finds the cycle on that measure's chart.
 */
class ProjectBrowserTest extends BrowserTestBase {

    @Test
    void aTeamMemberRunsAProjectFromAimToAPdsaCycleOnTheMeasureChart() {
        var member = DemoAccounts.forRole(Role.MEMBER);
        browser.get("http://localhost:" + port + "/sign-in");
        browser.findElement(By.id("email")).sendKeys(member.email());
        browser.findElement(By.id("password")).sendKeys(member.password());
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));

        follow("Projects");
        follow("Start a project");
        String title = unique("Crisis care for young Black men");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("population")).sendKeys("Black men aged 18 to 30 in crisis");
        browser.findElement(By.id("inequity")).sendKeys("Detained more often than White men of the same age");
        browser.findElement(By.id("tags-PLUS_ETHNIC_MINORITY")).click();
        submit("Start project");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);

        follow("3. Defining problems");
        browser.findElement(By.id("group")).sendKeys("Black men aged 18 to 30");
        browser.findElement(By.id("gapMeasure")).sendKeys("Detention rate ratio, Black to White");
        browser.findElement(By.id("baseline")).sendKeys("4.1");
        browser.findElement(By.id("target")).sendKeys("2.5");
        setDate("by", "2027-03-31");
        submit("Save aim");
        assertThat(browser.findElement(By.id("aim")).getText())
                .contains("For Black men aged 18 to 30: Detention rate ratio, Black to White from 4.1 to 2.5 by 2027-03-31");

        follow("4. Co-designing solutions (to do)");
        addDriver("Primary driver", null, "Trusted first contact", null);
        addDriver("Secondary driver", "Primary driver: Trusted first contact", "Peer workers in crisis teams", null);
        addDriver("Change idea", "Secondary driver: Peer workers in crisis teams", "Peer worker on every night shift",
                "Community");
        WebElement diagram = browser.findElement(By.cssSelector("svg.el-driver-diagram"));
        assertThat(diagram.getAttribute("innerHTML")).contains("Trusted first contact").contains("Peer worker on every night");
        assertThat(browser.findElement(By.cssSelector(".el-driver-list")).getText())
                .contains("Change idea: Peer worker on every night shift (from community)");
        rewordingANodeToNothingIsShownAtItsField();
        recordingAndChangingASessionAndAComment();

        follow("5. Critical actions (to do)");
        browser.findElement(By.id("title")).sendKeys("Night-shift peer worker for four weeks");
        new Select(browser.findElement(By.id("changeIdeaId"))).selectByVisibleText("Peer worker on every night shift");
        new Select(browser.findElement(By.id("measureId"))).selectByVisibleText(ProjectDemoSeeder.MHA_MEASURE);
        browser.findElement(By.id("plan")).sendKeys("A peer worker joins every night-shift crisis assessment");
        browser.findElement(By.id("predictions")).sendKeys("Black African: fewer detentions\nBlack Caribbean: fewer detentions");
        setDate("startDate", "2024-09-02");
        submit("Plan cycle");
        WebElement card = browser.findElement(By.cssSelector("[id^=pdsa-]"));
        assertThat(card.getText()).contains("Black Caribbean: fewer detentions");

        clickAndWait(card.findElement(By.linkText(ProjectDemoSeeder.MHA_MEASURE)));
        assertThat(browser.getPageSource()).contains("PDSA: Night-shift peer worker for four weeks");
    }

    private void rewordingANodeToNothingIsShownAtItsField() {
        WebElement reword = browser.findElement(By.cssSelector(".el-driver-list input[name=text]"));
        String fieldId = reword.getAttribute("id");
        reword.clear();
        clickAndWait(reword.findElement(By.xpath("./ancestor::form//button")));
        assertThat(browser.getTitle()).startsWith("Error: Step 4");
        WebElement problem = browser.findElement(By.cssSelector(".nhsuk-error-summary a"));
        assertThat(problem.getText()).isEqualTo("Enter the text of the driver or change idea");
        assertThat(browser.findElement(By.id(fieldId + "-error")).getText()).contains("Enter the text of the driver");
        problem.click();
        WebElement field = browser.switchTo().activeElement();
        assertThat(field.getAttribute("id")).isEqualTo(fieldId);
        field.sendKeys("Trusted first contact in a crisis");
        clickAndWait(field.findElement(By.xpath("./ancestor::form//button")));
        assertThat(browser.findElement(By.cssSelector(".el-driver-list")).getText())
                .contains("Primary driver: Trusted first contact in a crisis");
    }

    private void recordingAndChangingASessionAndAComment() {
        setDate("heldOn", "2024-08-01");
        browser.findElement(By.id("participants")).sendKeys("Four young men with lived experience, two crisis nurses");
        browser.findElement(By.id("decisions")).sendKeys("Peer workers at night");
        submit("Record session");
        clickAndWait(browser.findElement(By.partialLinkText("Change session")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change co-design session of 1 August 2024");
        WebElement decisions = browser.findElement(By.id("decisions"));
        assertThat(decisions.getAttribute("value")).isEqualTo("Peer workers at night");
        decisions.clear();
        decisions.sendKeys("Peer workers on every night shift, paid as staff");
        submit("Save changes");
        assertThat(browser.findElement(By.id("sessions")).getText())
                .contains("Peer workers on every night shift, paid as staff");

        browser.findElement(By.id("body")).sendKeys("Ask the partners who should chair");
        submit("Add comment");
        clickAndWait(browser.findElement(By.cssSelector("#comments a[href$='/edit']")));
        WebElement body = browser.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Ask the partners who should chair, and pay them");
        submit("Save changes");
        assertThat(browser.findElement(By.id("comments")).getText())
                .contains(", edited): Ask the partners who should chair, and pay them");
    }

    private void addDriver(String level, String parent, String text, String origin) {
        new Select(browser.findElement(By.id("level"))).selectByVisibleText(level);
        if (parent != null) {
            new Select(browser.findElement(By.id("parentId"))).selectByVisibleText(parent);
        }
        WebElement field = browser.findElement(By.cssSelector("#drivers form:last-of-type #text"));
        field.sendKeys(text);
        if (origin != null) {
            new Select(browser.findElement(By.id("origin"))).selectByVisibleText(origin);
        }
        submit("Add to diagram");
    }

    private void setDate(String id, String isoDate) {
        // Typing into a date input depends on the browser's locale; set the value the form posts instead.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), isoDate);
    }

    private void submit(String label) {
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
    }

    private void follow(String linkText) {
        clickAndWait(browser.findElement(By.linkText(linkText)));
    }

    /** Clicks and waits for the next page, so nothing is read from the page being left. */
    private static void clickAndWait(WebElement element) {
        WebElement leaving = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(leaving));
    }
}
