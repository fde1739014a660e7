package io.passwordstage.perf;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource and counts the statements sent to PostgreSQL and the
 * commits, which are the database round trips an operation costs.
 */
class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicLong statements = new AtomicLong();

	private final AtomicLong commits = new AtomicLong();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
			return proxy(DataSource.class, dataSource, (method, result) -> {
				if (result instanceof Connection connection) {
					return proxy(Connection.class, connection, this::onConnection);
				}
				return result;
			});
		}
		return bean;
	}

	private Object onConnection(Method method, Object result) {
		if (STATEMENTS.contains(method.getName())) {
			statements.incrementAndGet();
		}
		else if (method.getName().equals("commit")) {
			commits.incrementAndGet();
		}
		return result;
	}

	void reset() {
		statements.set(0);
		commits.set(0);
	}

	long statements() {
		return statements.get();
	}

	long commits() {
		return commits.get();
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, ResultHook hook) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return hook.after(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private interface ResultHook {

		Object after(Method method, Object result);

	}

}
