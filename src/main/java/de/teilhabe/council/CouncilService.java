package de.teilhabe.council;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's treatment of a participation process's concept. */
@Service
public class CouncilService {

	private final CouncilDecisionRepository repository;

	private final Clock clock;

	CouncilService(CouncilDecisionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * A postponement may be followed by another session; a final decision is recorded
	 * once.
	 */
	@Transactional
	public CouncilDecision record(long participationId, RecordDecision command) {
		if (command.decision() == null || command.councilBody() == null || command.sessionDate() == null) {
			throw new CouncilDecisionException("outcome.council.incomplete");
		}
		if (command.approvedBudget() != null && command.approvedBudget() < 0) {
			throw new CouncilDecisionException("outcome.council.negativeBudget");
		}
		if (decisions(participationId).stream().anyMatch(d -> d.getDecision().isFinal())) {
			throw new CouncilDecisionException("outcome.council.alreadyDecided");
		}
		return repository.save(new CouncilDecision(participationId, command, clock.instant()));
	}

	/** The final decision, once the council has taken it. */
	@Transactional(readOnly = true)
	public Optional<CouncilDecision> finalDecision(long participationId) {
		return decisions(participationId).stream().filter(d -> d.getDecision().isFinal()).findFirst();
	}

	@Transactional(readOnly = true)
	public List<CouncilDecision> decisions(long participationId) {
		return repository.findByParticipationIdOrderByRecordedAt(participationId);
	}

}
