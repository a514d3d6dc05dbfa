package dev.lore.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives the chat page in headless Chromium: sign in, ask, follow the citation, ask a follow-up, take screenshots. */
class ChatPageIT extends LoreServer {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "ChatPageIT skipped: needs /usr/bin/chromium and /usr/bin/chromedriver "
                        + "(apt-get install -y chromium chromium-driver)");
        profile = Files.createTempDirectory("lore-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInAskFollowTheCitationAndAskAFollowUp() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().deleteAllCookies();
        browser.get(uri("/").toString());
        wait.until(ExpectedConditions.urlContains("/login"));
        screenshot("login.png");
        browser.findElement(By.id("username")).sendKeys("alice");
        browser.findElement(By.id("password")).sendKeys("alice-pw");
        browser.findElement(By.id("sign-in")).click();

        WebElement question = wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "alice"));
        question.sendKeys("How do I connect to the VPN?", Keys.ENTER);

        WebElement first = finishedAnswer(wait, 1);
        assertThat(first.findElement(By.className("answer")).getText()).contains("WireGuard");
        WebElement cite = first.findElement(By.cssSelector(".answer .cite"));
        cite.click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-panel")));
        assertThat(panel.findElement(By.id("panel-quote")).getText()).contains("WireGuard");
        assertThat(panel.findElement(By.id("panel-title")).getText()).isEqualTo("VPN access");
        String documentLink = panel.findElement(By.id("panel-document")).getAttribute("href");
        assertThat(documentLink).contains("document.html?id=handbook%3Ait%2Fvpn.md");
        screenshot("chat-citation.png");

        browser.findElement(By.id("question")).sendKeys("And if it does not connect?", Keys.ENTER);
        WebElement second = finishedAnswer(wait, 2);
        assertThat(second.getText()).doesNotContain("Something went wrong");
        assertThat(browser.findElements(By.cssSelector(".message.user"))).hasSize(2);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("question");
        screenshot("chat-follow-up.png");

        browser.findElement(By.id("new-conversation")).click();
        assertThat(browser.findElements(By.cssSelector(".message"))).isEmpty();
        browser.findElement(By.id("question")).sendKeys("What is the salary band for senior engineers?", Keys.ENTER);
        WebElement unknown = finishedAnswer(wait, 1);
        assertThat(unknown.getAttribute("class")).contains("abstained");
        assertThat(unknown.findElement(By.className("idk-label")).getText()).isEqualTo("I don't know");
        assertThat(unknown.getText()).doesNotContain(HR_SECRET);
        screenshot("chat-abstained.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("chat-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.get(documentLink);
        WebElement cited = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chunk.cited")));
        assertThat(cited.getText()).contains("WireGuard");
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("VPN access");
        screenshot("document.png");
    }

    @Test
    void modelAndDocumentTextIsNeverRenderedAsHtml() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        signIn(wait, "admin");
        put("admin", "/api/v1/documents/push:xss.md", "{\"title\": \"<img src=x onerror=alert(1)> Badge policy\", "
                + "\"text\": \"Visitor badges are collected at reception. <script>alert(2)</script> <b>bold</b>\"}");
        browser.findElement(By.id("question")).sendKeys("Where are visitor badges collected?", Keys.ENTER);
        WebElement answer = finishedAnswer(wait, 1);
        assertThat(browser.findElements(By.cssSelector(".conversation img, .conversation script, .conversation b")))
                .isEmpty();
        assertThat(answer.getText()).contains("reception");
        delete("admin", "/api/v1/documents/push:xss.md");
    }

    private void signIn(WebDriverWait wait, String user) {
        browser.manage().deleteAllCookies();
        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-pw");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), user));
    }

    private static WebElement finishedAnswer(WebDriverWait wait, int n) {
        return wait.until(driver -> {
            List<WebElement> answers = driver.findElements(By.cssSelector("article.message.assistant"));
            if (answers.size() < n) {
                return null;
            }
            WebElement answer = answers.get(n - 1);
            return answer.getAttribute("aria-busy") == null ? answer : null;
        });
    }

    private static void screenshot(String name) throws Exception {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
