package de.teilhabe.workinggroup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A goal (Ziel) a working group formulated. */
@Entity
@Table(name = "goal")
public class Goal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long workingGroupId;

	private int position;

	private String title;

	private String description;

	protected Goal() {
	}

	Goal(long workingGroupId, int position, String title, String description) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A goal needs a title");
		}
		this.workingGroupId = workingGroupId;
		this.position = position;
		this.title = title.strip();
		this.description = description;
	}

	public Long getId() {
		return id;
	}

	public Long getWorkingGroupId() {
		return workingGroupId;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

}
