package de.teilhabe.task;

import java.util.List;

public record TaskPage(List<TaskRow> rows, long total, int page, int size) {

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
