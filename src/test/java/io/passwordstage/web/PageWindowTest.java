package io.passwordstage.web;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code page} and {@code page_size} as DRF's PageNumberPagination reads them, and
 * authentik's pagination block of the chosen page.
 */
class PageWindowTest {

	/**
	 * Each case: page, page_size, count, then the window's offset and size and the
	 * block's next, previous, count, current, total_pages, start_index, end_index (an
	 * empty page or page_size is absent; {@code ''} is empty).
	 */
	@ParameterizedTest(name = "page={0}, page_size={1}, count={2}")
	@CsvSource({ ",, 0, 0, 100, 0, 0, 0, 1, 1, 0, 0", ",, 1, 0, 100, 0, 0, 1, 1, 1, 1, 1",
			"'',, 5, 0, 100, 0, 0, 5, 1, 1, 1, 5", "1,, 100, 0, 100, 0, 0, 100, 1, 1, 1, 100",
			",, 101, 0, 100, 2, 0, 101, 1, 2, 1, 100", "2,, 101, 100, 100, 0, 1, 101, 2, 2, 101, 101",
			", 2, 3, 0, 2, 2, 0, 3, 1, 2, 1, 2", "2, 2, 3, 2, 2, 0, 1, 3, 2, 2, 3, 3",
			"2, 1, 3, 1, 1, 3, 1, 3, 2, 3, 2, 2", "last, 2, 3, 2, 2, 0, 1, 3, 2, 2, 3, 3",
			"last, 1, 3, 2, 1, 0, 2, 3, 3, 3, 3, 3", "last,, 0, 0, 100, 0, 0, 0, 1, 1, 0, 0",
			"1,, 0, 0, 100, 0, 0, 0, 1, 1, 0, 0", "' 2 ', 1, 3, 1, 1, 3, 1, 3, 2, 3, 2, 2",
			"+2, 1, 3, 1, 1, 3, 1, 3, 2, 3, 2, 2", "0_2, 1, 3, 1, 1, 3, 1, 3, 2, 3, 2, 2",
			", 0, 101, 0, 100, 2, 0, 101, 1, 2, 1, 100", ", -5, 101, 0, 100, 2, 0, 101, 1, 2, 1, 100",
			", abc, 101, 0, 100, 2, 0, 101, 1, 2, 1, 100", ", '', 101, 0, 100, 2, 0, 101, 1, 2, 1, 100",
			", 1.5, 101, 0, 100, 2, 0, 101, 1, 2, 1, 100", ", ' 3 ', 7, 0, 3, 2, 0, 7, 1, 3, 1, 3",
			", 1_0, 25, 0, 10, 2, 0, 25, 1, 3, 1, 10", ", 500, 101, 0, 500, 0, 0, 101, 1, 1, 1, 101",
			", 99999999999, 3, 0, 2147483647, 0, 0, 3, 1, 1, 1, 3" })
	void pageAndPagination(String page, String pageSize, long count, long offset, int size, long next, long previous,
			long blockCount, long current, long totalPages, long startIndex, long endIndex) {
		PageWindow window = PageWindow.of(page, pageSize, count);

		assertThat(window.offset()).as("offset").isEqualTo(offset);
		assertThat(window.size()).as("size").isEqualTo(size);
		assertThat(window.pagination())
			.isEqualTo(new Pagination(next, previous, blockCount, current, totalPages, startIndex, endIndex));
	}

	@ParameterizedTest(name = "page={0}, page_size={1}, count={2}")
	@CsvSource({ "3, 1, 2", "0, 1, 2", "-1, 1, 2", "abc, 1, 2", "99, 1, 2", "2,, 0", "2,, 100", "1.0,, 5", "1.5,, 5",
			"' ',, 5", "LAST,, 5", "'last ',, 5", "first,, 5", "1e1,, 50", "0x1,, 5", "99999999999999999999, 1, 2" })
	void invalidPageIsNotFound(String page, String pageSize, long count) {
		assertThatThrownBy(() -> PageWindow.of(page, pageSize, count)).isInstanceOfSatisfying(ApiException.class,
				ex -> {
					assertThat(ex.status()).isEqualTo(HttpStatus.NOT_FOUND);
					assertThat(ex.body()).isEqualTo(Map.of("detail", "Invalid page."));
				});
	}

}
