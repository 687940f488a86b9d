package com.helpdesk.knowledge.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleBodyTest {

    @Test
    void markdownBecomesHtml() {
        assertThat(ArticleBody.html("# Reset\n\n1. Open **Settings**\n2. Click [here](https://example.com)"))
                .contains("<h1>Reset</h1>", "<ol>", "<strong>Settings</strong>", "href=\"https://example.com\"");
    }

    @Test
    void nothingExecutableSurvives() {
        String html = ArticleBody.html("""
                <script>alert(1)</script>
                <img src=x onerror=alert(1)> <iframe src="https://evil.example"></iframe>
                [a](javascript:alert(1)) ![b](javascript:alert(2)) <a href="javascript:alert(3)" onclick="x()">c</a>
                """).toLowerCase();

        assertThat(html).doesNotContain("<script", "<img src=x", "onerror=", "<iframe", "onclick=",
                "href=\"javascript", "src=\"javascript");
    }

    @Test
    void plainTextHasNoMarkupAndNoHitMarkers() {
        assertThat(ArticleBody.plainText("**Bold** and [link](https://example.com) \uE000x\uE001"))
                .doesNotContain("**", "https", "\uE000", "\uE001").startsWith("Bold and link");
    }

    @Test
    void snippetsAreEscapedAndMarkOnlyHits() {
        assertThat(ArticleBody.snippetHtml("reset <b>your</b> " + ArticleBody.HIT_START + "password" + ArticleBody.HIT_END))
                .isEqualTo("reset &lt;b&gt;your&lt;/b&gt; <mark>password</mark>");
    }
}
