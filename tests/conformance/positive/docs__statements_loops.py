# source: https://pytorch.org/docs/1.13/jit_language_reference.html, sections "While Loops", "For loops with range", "For loops over tuples", "Break and Continue"
# (the snippets wrapped in a function; the Break and Continue snippet's lost indentation restored)
# inputs: []
import torch


def f():
    a = 0
    while a < 4:
        print(a)
        a += 1

    x = 0
    for i in range(10):
        x *= i

    tup = (3, torch.rand(4))
    for x in tup:
        print(x)

    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print(i)
    return a
