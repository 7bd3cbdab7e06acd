# adapted from Language Reference: match statements are not supported
import torch


def f(x: int) -> int:
    match x:
        case 1:
            return 2
    return 0
