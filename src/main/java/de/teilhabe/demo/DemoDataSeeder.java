package de.teilhabe.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.teilhabe.participation.ParticipationService;

/**
 * On the embedded default (never on the postgres profile), creates the demo users and
 * runs the Leverkusen 2017 process up to the conference, so a newcomer sees real tasks at
 * once. Runs once: a restart finds it there.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "teilhabe.demo.enabled", havingValue = "true")
class DemoDataSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final DemoUsers users;

	private final LeverkusenDemo leverkusen;

	private final ParticipationService participations;

	DemoDataSeeder(DemoUsers users, LeverkusenDemo leverkusen, ParticipationService participations) {
		this.users = users;
		this.leverkusen = leverkusen;
		this.participations = participations;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		users.create();
		if (participations.list(Pageable.ofSize(1)).isEmpty()) {
			// timers of 2017 fire on the job executor's threads; let start-up finish
			// meanwhile
			Thread seeding = new Thread(this::seedLeverkusen, "demo-seeding");
			seeding.setDaemon(true);
			seeding.start();
		}
	}

	private void seedLeverkusen() {
		try {
			var p = leverkusen.seed();
			log.info("Demo: '{}' runs, waiting at the working groups' sessions (log in as {} / {})", p.getTitle(),
					DemoUsers.COORDINATOR, DemoUsers.PASSWORD);
		}
		catch (RuntimeException ex) {
			log.error("Demo seeding stopped", ex);
		}
	}

}
