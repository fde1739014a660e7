package io.passwordstage.web;

import java.math.BigInteger;

/**
 * One page of a list, chosen by {@code page} and {@code page_size} with DRF's rules: page
 * size 100 unless a positive integer is given; a page that is not a number, below 1 or
 * past the end is a 404 {@code Invalid page.}; {@code page=last} is the last page.
 */
public record PageWindow(long number, int size, long count) {

	public static final int DEFAULT_SIZE = 100;

	public static PageWindow of(String page, String pageSize, long count) {
		int size = size(pageSize);
		long totalPages = totalPages(count, size);
		long number;
		if (page == null || page.isEmpty()) {
			number = 1;
		}
		else if (page.equals("last")) {
			number = totalPages;
		}
		else {
			BigInteger parsed = DrfCoercion.pythonInt(page);
			if (parsed == null || parsed.signum() <= 0 || parsed.compareTo(BigInteger.valueOf(totalPages)) > 0) {
				throw ApiException.notFound(ErrorTexts.INVALID_PAGE);
			}
			number = parsed.longValue();
		}
		return new PageWindow(number, size, count);
	}

	private static int size(String pageSize) {
		BigInteger parsed = pageSize == null ? null : DrfCoercion.pythonInt(pageSize);
		if (parsed == null || parsed.signum() <= 0) {
			return DEFAULT_SIZE;
		}
		return parsed.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
	}

	private static long totalPages(long count, int size) {
		return count == 0 ? 1 : (count + size - 1) / size;
	}

	public long offset() {
		return (number - 1) * size;
	}

	public Pagination pagination() {
		long totalPages = totalPages(count, size);
		long start = count == 0 ? 0 : offset() + 1;
		long end = number == totalPages ? count : number * size;
		return new Pagination(number < totalPages ? number + 1 : 0, number > 1 ? number - 1 : 0, count, number,
				totalPages, start, end);
	}

}
