# A small convolutional net traced as a module: parameters stay module attributes, submodules get
# their own traced forward, and the flatten uses the dynamic batch size.
# construct: Net()
# inputs: (torch.rand(2, 1, 8, 8),)
# check: (torch.rand(3, 1, 8, 8),)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(36, 5)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))
        x = x.view(x.size(0), -1)
        return F.log_softmax(self.fc(x), dim=1)
