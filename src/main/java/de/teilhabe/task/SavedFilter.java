package de.teilhabe.task;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A task-list filter a user saved under a name; the filter itself is the list's query
 * string.
 */
@Entity
@Table(name = "saved_task_filter")
class SavedFilter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String userId;

	private String name;

	private String query;

	private Instant createdAt;

	protected SavedFilter() {
	}

	SavedFilter(String userId, String name, String query, Instant createdAt) {
		this.userId = userId;
		this.name = name;
		this.query = query;
		this.createdAt = createdAt;
	}

	void update(String query) {
		this.query = query;
	}

	Long getId() {
		return id;
	}

	String getUserId() {
		return userId;
	}

	String getName() {
		return name;
	}

	String getQuery() {
		return query;
	}

}
