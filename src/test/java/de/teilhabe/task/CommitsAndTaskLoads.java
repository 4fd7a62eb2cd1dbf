package de.teilhabe.task;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts, on the thread that called {@link #start()}, the commits at the connection and
 * the ids of the engine's task queries by id.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CommitsAndTaskLoads {

	static final AtomicInteger commits = new AtomicInteger();

	static final List<String> taskLoads = new ArrayList<>();

	private static volatile Thread counting;

	static void start() {
		commits.set(0);
		taskLoads.clear();
		counting = Thread.currentThread();
	}

	static void stop() {
		counting = null;
	}

	private static boolean counting() {
		return counting == Thread.currentThread();
	}

	@Bean
	static BeanPostProcessor countCommitsAndTaskQueries() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
					return counted(dataSource);
				}
				if (bean instanceof TaskService taskService) {
					return counted(taskService);
				}
				return bean;
			}
		};
	}

	private static DataSource counted(DataSource target) {
		return new DelegatingDataSource(target) {
			@Override
			public Connection getConnection() throws SQLException {
				return counted(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return counted(super.getConnection(username, password));
			}
		};
	}

	private static Connection counted(Connection connection) {
		return proxy(Connection.class, connection, (method, args) -> {
			if (counting() && method.getName().equals("commit")) {
				commits.incrementAndGet();
			}
		});
	}

	private static TaskService counted(TaskService taskService) {
		InvocationHandler handler = (proxy, method, args) -> {
			Object result = invoke(method, taskService, args);
			return method.getName().equals("createTaskQuery") ? counted((TaskQuery) result) : result;
		};
		return (TaskService) Proxy.newProxyInstance(CommitsAndTaskLoads.class.getClassLoader(),
				new Class<?>[] { TaskService.class }, handler);
	}

	/** Notes the id of a task query by id when it is run. */
	private static TaskQuery counted(TaskQuery query) {
		String[] taskId = new String[1];
		Set<String> runs = Set.of("singleResult", "list", "listPage", "count", "unlimitedList");
		TaskQuery[] proxy = new TaskQuery[1];
		proxy[0] = (TaskQuery) Proxy.newProxyInstance(CommitsAndTaskLoads.class.getClassLoader(),
				new Class<?>[] { TaskQuery.class }, (self, method, args) -> {
					if (method.getName().equals("taskId")) {
						taskId[0] = (String) args[0];
					}
					if (counting() && taskId[0] != null && runs.contains(method.getName())) {
						synchronized (taskLoads) {
							taskLoads.add(taskId[0]);
						}
					}
					Object result = invoke(method, query, args);
					return result == query ? proxy[0] : result;
				});
		return proxy[0];
	}

	private static <T> T proxy(Class<T> type, T target, Observer observer) {
		return type.cast(Proxy.newProxyInstance(CommitsAndTaskLoads.class.getClassLoader(), new Class<?>[] { type },
				(self, method, args) -> {
					observer.call(method, args);
					return invoke(method, target, args);
				}));
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException failed) {
			throw failed.getCause();
		}
	}

	private interface Observer {

		void call(Method method, Object[] args);

	}

}
