import torch


async def f(x: int) -> int:
    return x
