package io.github.microcredentials.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Fills a template document with slot values: one page per language, each a copy of the
 * template's body. Everything is inserted as DOM text, so no value can inject markup.
 *
 * <p>Slot attributes: {@code data-mc="NAME"} receives the value {@code NAME} (an element whose
 * value is absent is removed); {@code data-mc-label="KEY"} receives a label; an element with
 * {@code data-mc-if="NAME"} is removed when the value is absent.
 */
public final class Html {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SLOT = "data-mc";
    private static final String LABEL = "data-mc-label";
    private static final String IF = "data-mc-if";

    private Html() {
    }

    /** One page: its language and slot values. */
    public record Page(String language, Map<String, SlotValue> values) {
    }

    /**
     * The slot names and label keys a template uses that this library does not know.
     *
     * @param template the template document
     * @return the unknown names, sorted; empty when the template is usable
     */
    public static Set<String> unknownNames(Document template) {
        Set<String> unknown = new TreeSet<>();
        Labels labels = Labels.of("en");
        for (Element e : elements(template.getDocumentElement())) {
            for (String attribute : List.of(SLOT, IF)) {
                if (e.hasAttribute(attribute) && !Slots.NAMES.contains(e.getAttribute(attribute))) {
                    unknown.add(attribute + "=" + e.getAttribute(attribute));
                }
            }
            if (e.hasAttribute(LABEL) && !labels.has(e.getAttribute(LABEL))) {
                unknown.add(LABEL + "=" + e.getAttribute(LABEL));
            }
        }
        return unknown;
    }

    /**
     * A document with one filled page per language.
     *
     * @param template the template; not changed
     * @param css the style sheet, placed in the head
     * @param title the document title
     * @param pages the pages, at least one
     * @return a new document
     */
    public static Document fill(Document template, String css, String title, List<Page> pages) {
        Document doc = (Document) template.cloneNode(true);
        Element html = doc.getDocumentElement();
        Element body = child(html, "body").orElseThrow(() -> new IllegalArgumentException("the template has no body"));
        List<Node> prototype = new ArrayList<>();
        while (body.getFirstChild() != null) {
            prototype.add(body.removeChild(body.getFirstChild()));
        }
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Element div = doc.createElementNS(XHTML, "div");
            div.setAttribute("class", i == pages.size() - 1 ? "mc-page mc-page-last" : "mc-page");
            div.setAttribute("lang", page.language());
            for (Node node : prototype) {
                div.appendChild(node.cloneNode(true));
            }
            body.appendChild(div);
            walk(div, page);
        }
        html.setAttribute("lang", pages.get(0).language());
        head(doc, html, css, title);
        return doc;
    }

    private static void head(Document doc, Element html, String css, String title) {
        Element head = child(html, "head").orElseGet(() -> {
            Element created = doc.createElementNS(XHTML, "head");
            html.insertBefore(created, html.getFirstChild());
            return created;
        });
        Element titleElement = child(head, "title").orElseGet(() -> (Element) head.appendChild(doc.createElementNS(XHTML, "title")));
        titleElement.setTextContent(title);
        Element style = doc.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(css);
        head.appendChild(style);
    }

    private static void walk(Element element, Page page) {
        if (element.hasAttribute(IF) && !page.values().containsKey(element.getAttribute(IF))) {
            element.getParentNode().removeChild(element);
            return;
        }
        if (element.hasAttribute(SLOT)) {
            SlotValue value = page.values().get(element.getAttribute(SLOT));
            if (value == null) {
                element.getParentNode().removeChild(element);
                return;
            }
            put(element, value, page.language());
        } else if (element.hasAttribute(LABEL)) {
            element.setTextContent(Labels.of(page.language()).get(element.getAttribute(LABEL)));
        } else {
            for (Element child : children(element)) {
                walk(child, page);
            }
        }
        element.removeAttribute(SLOT);
        element.removeAttribute(LABEL);
        element.removeAttribute(IF);
    }

    private static void put(Element element, SlotValue value, String pageLanguage) {
        Document doc = element.getOwnerDocument();
        if (value instanceof SlotValue.Image image) {
            element.setAttribute("src", image.uri());
            return;
        }
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
        if (value instanceof SlotValue.Text text) {
            element.appendChild(doc.createTextNode(text.text()));
            language(element, text, pageLanguage);
        } else if (value instanceof SlotValue.Items items) {
            boolean list = element.getLocalName() != null && (element.getLocalName().equals("ul") || element.getLocalName().equals("ol"));
            for (SlotValue.Item item : items.items()) {
                Element li = doc.createElementNS(XHTML, list ? "li" : "div");
                li.appendChild(span(doc, item.main(), pageLanguage, null));
                for (int i = 0; i < item.details().size(); i++) {
                    li.appendChild(i == 0 ? doc.createElementNS(XHTML, "br") : doc.createTextNode(" · "));
                    li.appendChild(span(doc, item.details().get(i), pageLanguage, "mc-detail"));
                }
                element.appendChild(li);
            }
        }
    }

    private static Element span(Document doc, SlotValue.Text text, String pageLanguage, String cssClass) {
        Element span = doc.createElementNS(XHTML, "span");
        span.setTextContent(text.text());
        if (cssClass != null) {
            span.setAttribute("class", cssClass);
        }
        language(span, text, pageLanguage);
        return span;
    }

    /** Marks a text that is not in the page language, as a fallback, with its own language. */
    private static void language(Element element, SlotValue.Text text, String pageLanguage) {
        if (!text.language().equals(pageLanguage)) {
            element.setAttribute("lang", text.language());
        }
    }

    private static Optional<Element> child(Element parent, String localName) {
        for (Element child : children(parent)) {
            if (localName.equals(child.getLocalName()) || localName.equals(child.getNodeName())) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>();
        out.add(root);
        for (Element child : children(root)) {
            out.addAll(elements(child));
        }
        return out;
    }
}
