"""Figure helpers shared by every concern.

Each figure function elsewhere returns a matplotlib ``Figure``; ``save_figure`` writes
it as PNG and SVG under a stable name so reports and papers can link to it. The
package never selects a matplotlib backend: notebooks keep their inline figures.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from .cache import atomic_write_bytes


def save_figure(fig: Figure, name: str, folder: str | Path = "figures", *, dpi: int = 150) -> list[Path]:
    """Write ``fig`` to ``folder/name.png`` and ``folder/name.svg``; return both paths.

    SVG text is kept as text (not paths) so figures stay searchable and editable.
    """
    import io

    import matplotlib

    folder = Path(folder)
    paths = []
    for fmt in ("png", "svg"):
        buffer = io.BytesIO()
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            fig.savefig(buffer, format=fmt, dpi=dpi, bbox_inches="tight")
        path = folder / f"{name}.{fmt}"
        atomic_write_bytes(path, buffer.getvalue())
        paths.append(path)
    return paths
