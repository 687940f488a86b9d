package com.helpdesk.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CategoryNodeTest {

    @Test
    void dottedPathsMakeATreeWhoseBranchesCountEverythingBelow() {
        List<CategoryNode> tree = CategoryNode.treeOf(Map.of("billing.invoice", 3L, "billing.payment.card", 2L,
                "billing", 1L, "warranty", 4L));

        assertThat(tree).extracting(CategoryNode::path).containsExactly("billing", "warranty");
        CategoryNode billing = tree.get(0);
        assertThat(billing.articles()).isEqualTo(6);
        assertThat(billing.children()).extracting(CategoryNode::name).containsExactly("invoice", "payment");
        CategoryNode payment = billing.children().get(1);
        assertThat(payment.path()).isEqualTo("billing.payment");
        assertThat(payment.children()).singleElement().satisfies(card -> {
            assertThat(card.path()).isEqualTo("billing.payment.card");
            assertThat(card.articles()).isEqualTo(2);
            assertThat(card.children()).isEmpty();
        });
    }
}
