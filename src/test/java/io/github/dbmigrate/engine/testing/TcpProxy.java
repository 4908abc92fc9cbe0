package io.github.dbmigrate.engine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy that can cut every connection through it at once, or (with no target) a
 * server that accepts connections and never answers.
 */
public final class TcpProxy implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private TcpProxy(int targetPort) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> acceptLoop(targetPort), "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Forwards to 127.0.0.1:{@code targetPort}. */
  public static TcpProxy to(int targetPort) throws IOException {
    return new TcpProxy(targetPort);
  }

  /** Accepts connections and never says a word. */
  public static TcpProxy silent() throws IOException {
    return new TcpProxy(-1);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Closes every connection through the proxy, both sides. */
  public void cutAll() {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }
  }

  private void acceptLoop(int targetPort) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        if (targetPort < 0) {
          continue;
        }
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        // the server socket was closed, or one connection failed: keep serving the others
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16384];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // a cut or a normal close ends the pump
      } finally {
        try {
          to.close();
        } catch (IOException e) {
          // nothing more to do
        }
      }
    }, "proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
    cutAll();
  }
}
