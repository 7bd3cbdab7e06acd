# Source: pytorch/examples, word_language_model/model.py, commit 001d493285083b54cacbc1334cb26338bdff2455
# (the same file as ex_word_language_model_gru.py, imported from it rather than kept twice)
# License: BSD-3-Clause (pytorch/examples).
#   RNNModel in its 'RNN_TANH' configuration.
# construct: RNNModel('RNN_TANH', 20, 8, 6, 2)
# inputs: [torch.randint(0, 20, (5, 2)), torch.randn(2, 2, 6)]
# eval
import torch
from ex_word_language_model_gru import RNNModel
