# inputs: []
import torch
from typing import Dict, List, Tuple


def f() -> Tuple[Dict[str, int], List[str], List[int], int, bool, bool, int]:
    d = {"one": 1, "two": 2}
    d["three"] = 3
    ks = list(d.keys())
    vs = list(d.values())
    return d, ks, vs, len(d), "two" in d, "four" not in d, d["one"]
