import torch


def f(x: int) -> int:
    try:
        return x
    finally:
        print("done")
