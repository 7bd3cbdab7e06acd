# inputs: [["a", "bb", "ccc"]]
import torch
from typing import Dict, List


def f(words: List[str]) -> Dict[str, int]:
    return {w: len(w) for w in words}
