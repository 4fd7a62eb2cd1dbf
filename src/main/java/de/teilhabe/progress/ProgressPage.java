package de.teilhabe.progress;

import java.util.List;

/** One page of the overview. */
record ProgressPage(List<ProgressRow> rows, int page, int size, long total) {

	int totalPages() {
		return (int) ((total + size - 1) / size);
	}

	boolean hasNext() {
		return page + 1 < totalPages();
	}

	boolean hasPrevious() {
		return page > 0;
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

}
