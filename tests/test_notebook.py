"""The notebook executes top to bottom against a fresh build, so it never rots."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def test_explore_notebook_executes(tmp_path, monkeypatch):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "-o", str(out), "-q"], check=True)
    monkeypatch.setenv("KG_OUT", str(out))
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(str(o.get("data", {}).get("text/plain", o.get("text", ""))) for o in outputs)
    assert "entities with relations" in text
    frames = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {}) and "<iframe srcdoc=" in o["data"]["text/html"]]
    assert len(frames) == 1 and "vis-network" in frames[0]  # the inline view carries the page itself
