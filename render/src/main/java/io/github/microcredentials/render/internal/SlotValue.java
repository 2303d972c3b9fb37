package io.github.microcredentials.render.internal;

import java.util.List;
import java.util.Objects;

/** A value a template slot receives: a text, a list of items, or an image. */
public sealed interface SlotValue {

    /**
     * A text in a language.
     *
     * @param text the text
     * @param language the BCP 47 tag of the text
     */
    record Text(String text, String language) implements SlotValue {
        /** Checks the components. */
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }
    }

    /**
     * A list item: a main text and smaller details.
     *
     * @param main the main text
     * @param details the details, in order
     */
    record Item(Text main, List<Text> details) {
        /** Copies the details. */
        public Item {
            Objects.requireNonNull(main, "main");
            details = List.copyOf(details);
        }
    }

    /**
     * A list.
     *
     * @param items the items, never empty
     */
    record Items(List<Item> items) implements SlotValue {
        /** Copies the items. */
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * An image.
     *
     * @param uri a {@code data:} URI
     */
    record Image(String uri) implements SlotValue {
        /** Checks the component. */
        public Image {
            Objects.requireNonNull(uri, "uri");
        }
    }
}
