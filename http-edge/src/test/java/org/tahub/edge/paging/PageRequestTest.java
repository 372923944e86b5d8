package org.tahub.edge.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahub.edge.problem.ProblemException;

/** Paging as every list reads it: the same bounds everywhere, an offset that cannot overflow, a problem naming the parameter. */
class PageRequestTest {

    @Test
    void absentOrEmptyParametersAreTheFirstPageOfTheEndpointsDefaultSize() {
        assertThat(PageRequest.of(null, null, 50)).isEqualTo(new PageRequest(0, 50));
        assertThat(PageRequest.of("", " ", 20)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void theLastPageOfTheLargestSizeHasAnOffsetThatFitsAnInt() {
        PageRequest last = PageRequest.of(Integer.toString(PageRequest.MAX_PAGE), Integer.toString(PageRequest.MAX_SIZE), 20);
        assertThat(last.offset()).isEqualTo(PageRequest.MAX_PAGE * PageRequest.MAX_SIZE).isPositive();
        assertThat(PageRequest.of("3", "25", 20).offset()).isEqualTo(75);
    }

    @Test
    void pagesAndSizesOutOfBoundsOrNotWholeNumbersAreProblemsNamingTheParameter() {
        for (String page : List.of("-1", "10001", "2147483648", "99999999999999999999", "1.5", "1e3", "0x10", "two")) {
            assertRefused(() -> PageRequest.of(page, "20", 20), "query.page");
        }
        for (String size : List.of("0", "-1", "201", "2147483647", "1.5")) {
            assertRefused(() -> PageRequest.of("0", size, 20), "query.size");
        }
    }

    @Test
    void aPageMadeInCodeHasTheSameBounds() {
        assertRefused(() -> new PageRequest(PageRequest.MAX_PAGE + 1, 1), "query.page");
        assertRefused(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1), "query.size");
    }

    @Test
    void aPageMapsItsItemsAndKeepsTheTotal() {
        Page<Integer> page = new Page<>(List.of(1, 2), 40);
        assertThat(page.map(i -> "#" + i)).isEqualTo(new Page<>(List.of("#1", "#2"), 40));
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting("field").containsExactly(field);
        });
    }
}
