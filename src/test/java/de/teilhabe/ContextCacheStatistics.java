package de.teilhabe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Spring's test context cache logs its statistics at debug each time a test asks for its
 * context, thousands of times a build; this filter (logback-test.xml) prints them only
 * when a context was started ({@code missCount} went up), and drops the cache's other
 * debug lines.
 */
public class ContextCacheStatistics extends Filter<ILoggingEvent> {

	private static final String LOGGER = "org.springframework.test.context.cache";

	private static final Pattern MISS_COUNT = Pattern.compile("missCount = (\\d+)");

	private volatile String lastMissCount;

	@Override
	public FilterReply decide(ILoggingEvent event) {
		if (!event.getLoggerName().startsWith(LOGGER)) {
			return FilterReply.NEUTRAL;
		}
		Matcher missCount = MISS_COUNT.matcher(event.getFormattedMessage());
		if (!missCount.find() || missCount.group(1).equals(this.lastMissCount)) {
			return FilterReply.DENY;
		}
		this.lastMissCount = missCount.group(1);
		return FilterReply.NEUTRAL;
	}

}
