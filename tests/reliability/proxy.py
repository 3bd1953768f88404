"""A loopback TCP relay in front of the test Neo4j, to make it fail on cue.

``cut_next_write()`` drops the connection that is about to send the next
write statement (a Bolt RUN whose query MERGEs), before the server sees it:
a transient network failure in the middle of a load that the driver's
managed transactions must retry. ``stop()`` closes everything and refuses
new connections: the server is gone. It listens and connects on 127.0.0.1
only, and its threads end when it stops.
"""

from __future__ import annotations

import socket
import threading

# Bolt RUN is a tiny struct of three fields: marker 0xB3, signature 0x10.
_RUN = b"\xb3\x10"


class FlakyProxy:
    def __init__(self, target_port: int):
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.cuts = 0
        self.connections = 0
        self._armed = threading.Event()
        self._stopped = threading.Event()
        self._socks: set[socket.socket] = set()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def cut_next_write(self) -> None:
        self._armed.set()

    def stop(self) -> None:
        self._stopped.set()
        try:
            self.listener.close()
        except OSError:
            pass
        with self._lock:
            socks = list(self._socks)
        for s in socks:
            self._close(s)

    def _close(self, s: socket.socket) -> None:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()
        with self._lock:
            self._socks.discard(s)

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._socks.update((client, server))
                self.connections += 1
            threading.Thread(target=self._pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, from_client: bool) -> None:
        while not self._stopped.is_set():
            try:
                data = src.recv(65536)
            except OSError:
                break
            if not data:
                break
            if from_client and self._armed.is_set() and _RUN in data and b"MERGE" in data:
                self._armed.clear()
                self.cuts += 1
                break  # drop the statement and the connection
            try:
                dst.sendall(data)
            except OSError:
                break
        self._close(src)
        self._close(dst)
