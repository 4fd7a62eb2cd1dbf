package de.teilhabe.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down sign-in attempts after wrong passwords, per account and per client address,
 * in the database so that every node agrees. An attempt is counted as a failure
 * <em>before</em> the password is checked ({@link #claim}), under a row lock, so that
 * simultaneous attempts on several nodes cannot all slip through when a wait ends; the
 * right password then takes the count back ({@link #succeeded}). Unknown user names are
 * counted like known ones, so the answers never tell them apart.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SignInProperties properties;

	private final Clock clock;

	private final String ensureRow;

	SignInThrottle(DataSource dataSource, PlatformTransactionManager transactionManager, SignInProperties properties,
			Clock clock) throws MetaDataAccessException {
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.ensureRow = "PostgreSQL".equals(database) ? POSTGRES_ENSURE_ROW : H2_ENSURE_ROW;
	}

	/**
	 * Claims one attempt for the account and the address: refused (with the wait) while
	 * either must still wait; otherwise counted as a failure until
	 * {@link #succeeded(String, String)} takes it back.
	 */
	Claim claim(String userId, String address) {
		List<Key> keys = keys(userId, address);
		return transactions.execute(status -> {
			long now = clock.millis();
			Duration wait = Duration.ZERO;
			List<Row> rows = keys.stream().map(key -> lock(key.hash())).toList();
			for (Row row : rows) {
				wait = longer(wait, Duration.ofMillis(Math.max(0, row.notBefore() - now)));
			}
			if (!wait.isZero()) {
				return new Claim(false, wait);
			}
			Duration waitIfWrong = Duration.ZERO;
			for (int i = 0; i < keys.size(); i++) {
				Row row = rows.get(i);
				int failures = (row.lastFailure() < now - properties.forgetAfter().toMillis() ? 0 : row.failures()) + 1;
				Duration delay = properties.delayAfter(failures, keys.get(i).free());
				waitIfWrong = longer(waitIfWrong, delay);
				jdbc.sql(
						"update sign_in_throttle set failures = ?, last_failure = ?, not_before = ? where throttle_key = ?")
					.params(failures, now, now + delay.toMillis(), keys.get(i).hash())
					.update();
			}
			return new Claim(true, waitIfWrong);
		});
	}

	/**
	 * The right password: the account starts afresh, and the address gets back the
	 * failure its claim counted.
	 */
	void succeeded(String userId, String address) {
		List<Key> keys = keys(userId, address);
		transactions.executeWithoutResult(status -> {
			jdbc.sql("delete from sign_in_throttle where throttle_key = ?").params(keys.get(0).hash()).update();
			if (keys.size() > 1) {
				jdbc.sql("update sign_in_throttle set failures = failures - 1 where throttle_key = ? and failures > 0")
					.params(keys.get(1).hash())
					.update();
			}
		});
	}

	/** How long the account or the address must still wait, if at all. */
	Optional<Duration> waitFor(String userId, String address) {
		long now = clock.millis();
		return keys(userId, address).stream()
			.map(key -> jdbc.sql("select not_before from sign_in_throttle where throttle_key = ?")
				.params(key.hash())
				.query(Long.class)
				.optional()
				.orElse(0L))
			.filter(notBefore -> notBefore > now)
			.map(notBefore -> Duration.ofMillis(notBefore - now))
			.reduce(SignInThrottle::longer);
	}

	/** Deletes the rows of failures that no longer count; any node may, at any time. */
	@Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
	int forgetOld() {
		long before = clock.millis() - properties.forgetAfter().toMillis();
		return jdbc.sql("delete from sign_in_throttle where last_failure < ? and not_before < ?")
			.params(before, clock.millis())
			.update();
	}

	/**
	 * Locks the key's row, creating it first if needed; always in the same order
	 * (account, then address), so two attempts never wait for each other's locks.
	 */
	private Row lock(String hash) {
		jdbc.sql(ensureRow).params(hash).update();
		return jdbc
			.sql("select failures, last_failure, not_before from sign_in_throttle where throttle_key = ? for update")
			.params(hash)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	private List<Key> keys(String userId, String address) {
		Key account = new Key(hash("account:" + userId.strip().toLowerCase(Locale.ROOT)), 0);
		if (address == null || address.isBlank()) {
			return List.of(account);
		}
		return List.of(account, new Key(hash("address:" + address), properties.freeFailuresPerAddress()));
	}

	/**
	 * User names and addresses are kept as hashes: the table needs to recognise them, not
	 * to show them.
	 */
	private static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static Duration longer(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/**
	 * An attempt: whether it may check the password, and how long the next one must wait
	 * (while refused: this one; when allowed: after a wrong password).
	 */
	record Claim(boolean allowed, Duration delay) {
	}

	private record Key(String hash, int free) {
	}

	private record Row(int failures, long lastFailure, long notBefore) {
	}

	private static final String POSTGRES_ENSURE_ROW = """
			insert into sign_in_throttle (throttle_key, failures, last_failure, not_before) values (?, 0, 0, 0)
			on conflict (throttle_key) do nothing""";

	private static final String H2_ENSURE_ROW = """
			merge into sign_in_throttle t using (values (cast(? as varchar(64)))) s (throttle_key)
			on t.throttle_key = s.throttle_key
			when not matched then insert (throttle_key, failures, last_failure, not_before)
			values (s.throttle_key, 0, 0, 0)""";

}
