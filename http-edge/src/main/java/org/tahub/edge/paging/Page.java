package org.tahub.edge.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as a query found it: its items, and {@code total}, how many the whole list holds. A resource
 * maps its items to views and answers them with the {@link PageRequest} that asked for them.
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), total);
    }
}
