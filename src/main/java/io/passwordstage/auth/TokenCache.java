package io.passwordstage.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tokens this replica has checked, by key digest, so that a request's token costs no
 * database round trip, and forgotten as soon as PostgreSQL announces a change to them:
 * every update or delete of a token row notifies {@code passwordstage_tokens} in the
 * changing transaction (a trigger, so changes made by hand count too), and the
 * {@link TokenChangeListener} listens on a connection of its own.
 * <p>
 * It fails closed. What it remembers is used only under a lease the listener renews after
 * each round trip on its connection (every quarter second; a lease lasts one second):
 * when the connection is lost, or hangs, the lease runs out, everything remembered is
 * forgotten, and every request asks the database until the listener is back and listening
 * again. Expiry is checked on every use. A lookup that overlapped an announcement does
 * not store what it read (a generation count).
 */
@Component
public class TokenCache {

	/** The most tokens and JWTs remembered at once. */
	private static final int CAPACITY = 50_000;

	private static final long LEASE_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** A checked token: who it is, and until when it may be used. */
	record Checked(ApiPrincipal principal, Instant expires) {

		boolean usableAt(Instant now) {
			return expires == null || expires.isAfter(now);
		}

	}

	private final Map<String, Checked> checked = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private volatile long leaseUntil = System.nanoTime();

	private volatile boolean leased;

	/** The remembered token with this digest, when the cache may be trusted. */
	Optional<Checked> get(String digest) {
		if (!trusted()) {
			return Optional.empty();
		}
		return Optional.ofNullable(checked.get(digest));
	}

	/** The generation to hand to {@link #put} after reading a token. */
	long generation() {
		return generation.get();
	}

	/**
	 * Remembers a token read from the database, unless an announcement (or a lost
	 * connection) came between {@code readAt} and now.
	 */
	void put(String digest, Checked token, long readAt) {
		if (!trusted() || generation.get() != readAt) {
			return;
		}
		if (checked.size() >= CAPACITY) {
			// JWTs come and go: past this many, start over rather than grow
			checked.clear();
		}
		checked.put(digest, token);
		if (generation.get() != readAt) {
			checked.remove(digest);
		}
	}

	/** Forgets a token at once (this replica changed it). */
	void forget(String digest) {
		generation.incrementAndGet();
		checked.remove(digest);
	}

	/**
	 * Whether the listener has confirmed, within the lease, that it hears every change.
	 */
	boolean trusted() {
		if (leased && System.nanoTime() - leaseUntil < 0) {
			return true;
		}
		if (leased) {
			// the lease ran out between two renewals: the listener hangs
			forgetAll();
		}
		return false;
	}

	/**
	 * The listener has just confirmed that it hears every change: trust for one lease.
	 */
	void renewLease() {
		leaseUntil = System.nanoTime() + LEASE_NANOS;
		leased = true;
	}

	/**
	 * Forgets a token (this replica changes it) now and when the transaction ends, so
	 * that its next request reads it again; the others forget it when PostgreSQL
	 * announces the change.
	 */
	void forgetAfterCommit(String digest) {
		forget(digest);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				forget(digest);
			}
		});
	}

	/**
	 * Who holds what changes in the current transaction (a user, a membership, an
	 * assignment, a role): this replica forgets every token it checked now and when the
	 * transaction ends, so that its next request sees the change; the others forget them
	 * when PostgreSQL announces it.
	 */
	public void accessChanges() {
		forgetEveryToken();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				forgetEveryToken();
			}
		});
	}

	/**
	 * Forgets every token (who holds what changed), still trusting what is read from now
	 * on.
	 */
	void forgetEveryToken() {
		generation.incrementAndGet();
		checked.clear();
	}

	/** Forgets everything and stops trusting until the lease is renewed. */
	void forgetAll() {
		leased = false;
		generation.incrementAndGet();
		checked.clear();
	}

}
