package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusedExceptionTest {

	@Test
	void aSubclassGivingKeyAndArgumentDoesNotNameAField() {
		class Gone extends RefusedException {

			Gone(String taskId) {
				super("task.gone", taskId);
			}

		}

		Gone gone = new Gone("task-1");

		assertThat(gone.messageKey()).isEqualTo("task.gone");
		assertThat(gone.arguments()).containsExactly("task-1");
		assertThat(gone.field()).isEmpty();
	}

	@Test
	void aRefusalOnAFieldNamesIt() {
		RefusedException refused = RefusedException.onField("email", "event.registration.duplicate");

		assertThat(refused.messageKey()).isEqualTo("event.registration.duplicate");
		assertThat(refused.field()).contains("email");
		assertThat(refused.arguments()).isEmpty();
	}

}
