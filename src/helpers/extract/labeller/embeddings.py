"""Static word embeddings from the `wordllama` wheel, measured as an optional stance feature.

The wheel ships a 16 MB model (256 dimensions) and its tokenizer; its loader looks for the
tokenizer in the wrong folder, so the files are copied once into a cache folder that holds both
and the loader is pointed there with downloads disabled. `benchmarks/labeller_ablation.py`
measures whether averaged embeddings of the speaker's words help the model (docs/labeller.md
gives the figure and the decision); nothing here is used when the package is not installed.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def load_wordllama(cache_dir: str | None = None) -> Any:
    import wordllama
    from wordllama import WordLlama

    pkg = Path(wordllama.__file__).parent
    target = Path(cache_dir or tempfile.mkdtemp(prefix="wordllama-"))
    for sub in ("", "tokenizers", "weights", "l2_supercat"):
        folder = target / sub
        folder.mkdir(parents=True, exist_ok=True)
        for src in (
            pkg / "tokenizers" / "l2_supercat_tokenizer_config.json",
            pkg / "weights" / "l2_supercat_256.safetensors",
        ):
            if not (folder / src.name).exists():
                shutil.copy(src, folder / src.name)
    return WordLlama.load(cache_dir=target, disable_download=True)


def embedding_features(texts: list[str], scale: float = 0.5) -> list[dict[str, float]]:
    """One dict per text: its normalised mean embedding as `emb=i` features, scaled against the
    sparse features (which are L2-normalised to 1)."""
    model = load_wordllama()
    vecs = model.embed(texts, norm=True)
    return [{f"emb={i}": float(v) * scale for i, v in enumerate(row)} for row in vecs]
