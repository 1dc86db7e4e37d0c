// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Amazon's paginated operations as lazy streams: the next page is fetched only when the caller has consumed the
 * previous one, so a caller that stops early (or a rate-limited one) never asks for more than it reads. Empty pages
 * with a next token (Finances has them) are followed, not taken as the end.
 */
public final class Pages {

    private Pages() {}

    /** One page: its items and the token of the next page (null on the last page). */
    public record Page<T>(List<T> items, String nextToken) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }

    /** Streams every item, fetching page after page; {@code fetch} gets null for the first page. */
    public static <T> Stream<T> stream(Function<String, Page<T>> fetch) {
        Iterator<T> items = new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private String token;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    Page<T> page = fetch.apply(token);
                    current = page.items().iterator();
                    token = page.nextToken();
                    last = token == null || token.isEmpty();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }
}
