package de.teilhabe.progress;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements prepared on the connections of its context's data source
 * while {@link #count} runs; each context has its own, so the other cached contexts' job
 * executors are not counted.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicInteger statements = new AtomicInteger();

	private volatile boolean counting;

	/** Runs the work and returns how many statements it issued. */
	public int count(Runnable work) {
		statements.set(0);
		counting = true;
		try {
			work.run();
		}
		finally {
			counting = false;
		}
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && "dataSource".equals(beanName) ? counted(dataSource) : bean;
	}

	private DataSource counted(DataSource target) {
		return new DelegatingDataSource(target) {
			@Override
			public Connection getConnection() throws SQLException {
				return counted(super::getConnection);
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return counted(() -> super.getConnection(username, password));
			}
		};
	}

	private Connection counted(SqlSupplier<Connection> open) throws SQLException {
		Connection connection = open.get();
		InvocationHandler handler = (proxy, method, args) -> {
			if (counting && STATEMENT_METHODS.contains(method.getName())) {
				statements.incrementAndGet();
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException failed) {
				throw failed.getCause();
			}
		};
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	@FunctionalInterface
	private interface SqlSupplier<T> {

		T get() throws SQLException;

	}

}
