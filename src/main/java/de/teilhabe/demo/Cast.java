package de.teilhabe.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who acts in a Leverkusen cycle ({@link LeverkusenDemo}): the coordinator who starts it,
 * the manager, and the working groups' leads by topic. The demo has one cast
 * ({@link #DEMO}); tests give each participation its own, so that no two tests share
 * users.
 */
public record Cast(String coordinator, String manager, Map<String, String> leads) {

	/** The demo users of the README. */
	public static final Cast DEMO = new Cast(DemoUsers.COORDINATOR, DemoUsers.MANAGER, DemoUsers.LEADS);

	/** The demo's roles, each user id followed by {@code -suffix}. */
	public static Cast suffixed(String suffix) {
		Map<String, String> leads = new LinkedHashMap<>();
		DEMO.leads().forEach((topic, lead) -> leads.put(topic, lead + "-" + suffix));
		return new Cast(DEMO.coordinator() + "-" + suffix, DEMO.manager() + "-" + suffix, Map.copyOf(leads));
	}

	/**
	 * The lead of the working group of the n-th topic of {@link LeverkusenDemo#TOPICS}.
	 */
	public String lead(int topic) {
		return this.leads.get(LeverkusenDemo.TOPICS.get(topic));
	}

}
