package com.helpdesk.knowledge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node of the category tree that dotted category paths describe ({@code billing.invoice} is below
 * {@code billing}).
 *
 * @param articles articles in this category and every category below it
 */
public record CategoryNode(String name, String path, long articles, List<CategoryNode> children) {

    public CategoryNode {
        children = List.copyOf(children);
    }

    /** The tree of the given categories and their article counts, each level sorted by name. */
    public static List<CategoryNode> treeOf(Map<String, Long> articlesPerCategory) {
        return level("", new TreeMap<>(articlesPerCategory));
    }

    private static List<CategoryNode> level(String parent, TreeMap<String, Long> counts) {
        Map<String, Long> totals = new TreeMap<>();
        counts.forEach((path, count) -> {
            if (parent.isEmpty() || path.startsWith(parent + ".")) {
                String rest = parent.isEmpty() ? path : path.substring(parent.length() + 1);
                String child = (parent.isEmpty() ? "" : parent + ".") + rest.split("\\.", 2)[0];
                totals.merge(child, count, Long::sum);
            }
        });
        List<CategoryNode> nodes = new ArrayList<>();
        totals.forEach((path, total) -> nodes.add(new CategoryNode(path.substring(path.lastIndexOf('.') + 1), path, total,
                level(path, counts))));
        return nodes;
    }
}
