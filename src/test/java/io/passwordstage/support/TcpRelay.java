package io.passwordstage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a loopback port to an upstream server, which a test can cut (the port
 * refuses connections and every open one is closed), silence (connections stay open and
 * new ones are accepted, but nothing gets through: a host lost without a word) and
 * restore (the same port relays again).
 */
public final class TcpRelay implements AutoCloseable {

	private final String upstreamHost;

	private final int upstreamPort;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private ServerSocket listener;

	private volatile boolean silent;

	private int port;

	public TcpRelay(String upstreamHost, int upstreamPort) {
		this.upstreamHost = upstreamHost;
		this.upstreamPort = upstreamPort;
		listen();
	}

	public int port() {
		return port;
	}

	/**
	 * Stops listening and closes every relayed connection: the upstream looks
	 * unreachable.
	 */
	public synchronized void cut() {
		closeQuietly(listener);
		listener = null;
		open.forEach(TcpRelay::closeQuietly);
		open.clear();
	}

	/** Keeps every connection open but lets nothing through, either way. */
	public synchronized void silence() {
		silent = true;
	}

	/** Relays again on the same port. */
	public synchronized void restore() {
		if (silent) {
			silent = false;
			// what was held in silence is broken: its peers lost bytes
			open.forEach(TcpRelay::closeQuietly);
			open.clear();
		}
		if (listener == null) {
			listen();
		}
	}

	@Override
	public void close() {
		cut();
	}

	private synchronized void listen() {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			listener = socket;
			port = socket.getLocalPort();
			daemon("relay-accept-" + port, () -> accept(socket));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot listen on port " + port, ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			Socket client;
			try {
				client = socket.accept();
			}
			catch (IOException ex) {
				continue;
			}
			if (silent) {
				// accepted, and never answered
				open.add(client);
				continue;
			}
			try {
				relay(socket, client, new Socket(upstreamHost, upstreamPort));
			}
			catch (IOException ex) {
				closeQuietly(client);
			}
		}
	}

	private synchronized void relay(ServerSocket socket, Socket client, Socket server) {
		if (listener != socket) {
			closeQuietly(client);
			closeQuietly(server);
			return;
		}
		open.add(client);
		open.add(server);
		daemon("relay-up-" + port, () -> pipe(client, server));
		daemon("relay-down-" + port, () -> pipe(server, client));
	}

	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[16384];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (!silent) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// one side is gone; close both below
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			open.remove(from);
			open.remove(to);
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
