package com.helpdesk.knowledge.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * An article body is Markdown written by staff. Readers only ever get it as HTML that went through two
 * gates: the Markdown renderer escapes raw HTML and drops unsafe link schemes, and the OWASP sanitizer then
 * keeps only formatting, block, link, image and table markup — so a {@code <script>} or an {@code onerror}
 * attribute never reaches a browser, even if the renderer's output changed.
 */
public final class ArticleBody {

    /** Marks a search hit in a snippet; private-use characters, stripped from indexed text so they are unambiguous. */
    public static final char HIT_START = '\uE000';
    public static final char HIT_END = '\uE001';

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory READER_SAFE = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private ArticleBody() {
    }

    /** Sanitised HTML for readers. */
    public static String html(String markdown) {
        return READER_SAFE.sanitize(HTML.render(MARKDOWN.parse(markdown)));
    }

    /** The words a reader sees, without Markdown syntax: what search indexes and quotes in snippets. */
    public static String plainText(String markdown) {
        VisibleText visible = new VisibleText();
        MARKDOWN.parse(markdown).accept(visible);
        return visible.text.toString().strip().replace(HIT_START, ' ').replace(HIT_END, ' ');
    }

    /** A search snippet (plain text with hit markers) as HTML: everything escaped, hits in {@code <mark>}. */
    public static String snippetHtml(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        marked.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&#34;");
                case '\'' -> html.append("&#39;");
                case HIT_START -> html.append("<mark>");
                case HIT_END -> html.append("</mark>");
                default -> html.appendCodePoint(c);
            }
        });
        return html.toString();
    }

    /** Collects the text a reader sees: no link targets, no markup, one line per block. */
    private static final class VisibleText extends AbstractVisitor {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append('\n');
        }

        @Override
        public void visit(Paragraph node) {
            endOfBlock(node);
        }

        @Override
        public void visit(Heading node) {
            endOfBlock(node);
        }

        @Override
        public void visit(ListItem node) {
            endOfBlock(node);
        }

        @Override
        public void visit(FencedCodeBlock node) {
            text.append(node.getLiteral()).append('\n');
        }

        @Override
        public void visit(IndentedCodeBlock node) {
            text.append(node.getLiteral()).append('\n');
        }

        private void endOfBlock(Block block) {
            visitChildren(block);
            text.append('\n');
        }
    }
}
