# inputs: [4]
# entry: main
import torch


def main(n: int) -> int:
    return helper(n) + 1


def helper(n: int) -> int:
    return n * 10
