"""bizenv dashboard server: `streamlit run app.py` serves dashboard.py, ready on its first request.

    streamlit run app.py                  # what scripts/demo.sh runs; reads $BIZENV_DB

The pages are dashboard.py and views/, unchanged (`streamlit run dashboard.py`
serves the same app, only slower to a visitor's first view). Before the server
accepts a connection, its startup hook:

- turns Nagle's algorithm off on the listening socket. Streamlit binds that socket
  itself with protocol 0, so asyncio never sets TCP_NODELAY on the connections it
  accepts, and every response after the first on a kept-alive connection waits for
  the browser's delayed ACK (~40 ms on Linux). A new browser fetches some 120 static
  files over six connections: about 20 such waits each. Accepted sockets inherit
  the option from the listener on Linux; elsewhere this does nothing.
- imports what a session's first run needs (Streamlit's emoji table, Plotly's classes) and
  computes the first views' reads (views/data.py `warm_up`), so the first visitor after a
  start does not pay for them;
- freezes what that made (`gc.freeze`): long-lived objects the cyclic garbage collector
  would otherwise walk in every full collection during a visitor's run.
"""
from __future__ import annotations

import gc
import os
import socket
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import streamlit as st


def no_delay(port: int) -> int:
    """Set TCP_NODELAY on this process's listening TCP sockets on `port`; how many were set."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return 0
    done = 0
    for name in os.listdir(fds):
        try:
            fd = os.dup(int(name))
        except (OSError, ValueError):
            continue
        try:
            sock = socket.socket(fileno=fd)     # a second handle on the same socket
        except OSError:                         # not a socket
            os.close(fd)
            continue
        with sock:
            try:
                if (sock.family in (socket.AF_INET, socket.AF_INET6)
                        and sock.type == socket.SOCK_STREAM
                        and sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)
                        and sock.getsockname()[1] == port):
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    done += 1
            except OSError:
                pass
    return done


def warm_start() -> None:
    """What a session's first run would otherwise wait for: imports, then the first reads."""
    import pyarrow  # noqa: F401  (st.dataframe's serialisation)

    from streamlit.string_util import extract_leading_emoji

    from views import data, i18n, sidebar, style, ui  # noqa: F401  (pandas, DuckDB, Plotly)
    # A widget's first non-ASCII label loads Streamlit's emoji table and compiles its pattern
    # (~0.2 s, once per process): the language switch's 中文 would make the first visitor wait.
    extract_leading_emoji(i18n.LANG_NAMES["zh"])
    ui.warm_charts()
    data.warm_up(wait=True)
    # What startup made lives as long as the server: out of the cyclic collector's sight, so a
    # full collection during a visitor's run does not walk it (measured on 10M claims: a new
    # session's first message 300-400 ms after its connection without this, 40-70 ms with it).
    # Frozen objects are still freed when their last reference goes.
    gc.collect()
    gc.freeze()


@asynccontextmanager
async def startup(_app):
    no_delay(int(st.get_option("server.port")))
    await anyio.to_thread.run_sync(warm_start)
    yield


app = st.App("dashboard.py", lifespan=startup)
