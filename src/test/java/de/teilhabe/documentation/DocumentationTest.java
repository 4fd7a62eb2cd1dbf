package de.teilhabe.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DocumentationTest {

	static final Instant NOW = Instant.parse("2017-11-20T09:00:00Z");

	@Test
	void aDraftWithoutApprovalIsNotPublished() {
		Documentation draft = new Documentation(1, 1, NOW);
		draft.edit("Vorwort", "Ausblick");

		assertThatThrownBy(() -> draft.publish(NOW, d -> "<html/>")).isInstanceOfSatisfying(
				DocumentationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("outcome.documentation.notApproved"));
		assertThat(draft.getStatus()).isEqualTo(DocumentationStatus.DRAFT);
		assertThat(draft.getPublishedHtml()).isNull();
	}

	@Test
	void aRejectionOrALaterEditWithdrawsTheApproval() {
		Documentation draft = new Documentation(1, 1, NOW);
		draft.approve("leitung", NOW);
		draft.reject("Bitte die Grußworte ergänzen.");
		assertThat(draft.isApproved()).isFalse();
		assertThat(draft.getRejectionReason()).isEqualTo("Bitte die Grußworte ergänzen.");

		draft.approve("leitung", NOW);
		draft.edit("Anderes Vorwort", "Ausblick");
		assertThat(draft.isApproved()).isFalse();
	}

	@Test
	void anApprovedDraftIsPublishedOnceWithItsApprover() {
		Documentation draft = new Documentation(1, 1, NOW);
		draft.edit("Vorwort", "Ausblick");
		draft.approve("leitung", NOW);

		draft.publish(NOW, d -> "<html>" + d.getStatus() + "</html>");

		assertThat(draft.getPublishedHtml()).isEqualTo("<html>PUBLISHED</html>");
		assertThat(draft.getApprovedBy()).isEqualTo("leitung");
		assertThatThrownBy(() -> draft.publish(NOW, d -> "")).isInstanceOfSatisfying(DocumentationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("outcome.documentation.alreadyPublished"));
	}

}
