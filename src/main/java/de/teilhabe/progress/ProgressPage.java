package de.teilhabe.progress;

import java.util.List;

/** One page of the overview. */
public record ProgressPage(List<ProgressRow> rows, int page, int size, long total) {

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

}
