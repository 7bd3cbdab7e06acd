# Source: kuangliu/pytorch-cifar, models/resnext.py, commit 64fe317af0709823a23de5010c173c1912881965
# License: MIT (kuangliu/pytorch-cifar). Verbatim; no edits.
# construct: ResNeXt(Block, [1, 1, 1], cardinality=2, num_classes=1)
#   (num_classes=1: init_params tests `if m.bias:`, which PyTorch refuses for a bias of more than one element;
#   the deprecated init.kaiming_normal/constant/normal still run in PyTorch 1.13)
# inputs: [torch.randn(1, 3, 32, 32)]
# eval
# seeded
#   (3.3 MB of weights: the test builds the model with PyTorch's seed and checks each state-dict tensor against
#   PyTorch's sum and sum of squares instead of loading them)
'''ResNeXt in PyTorch.

See the paper "Aggregated Residual Transformations for Deep Neural Networks" for more details.
'''
import torch
import torch.nn as nn
import torch.nn.init as init
import torch.nn.functional as F

from torch.autograd import Variable


class Block(nn.Module):
    '''Grouped convolution block.'''
    expansion = 2

    def __init__(self, in_planes, planes, stride=1, cardinality=32):
        super(Block, self).__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, kernel_size=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, kernel_size=3, stride=stride, padding=1, groups=cardinality, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.conv3 = nn.Conv2d(planes, self.expansion*planes, kernel_size=1, bias=False)
        self.bn3 = nn.BatchNorm2d(self.expansion*planes)

        self.shortcut = nn.Sequential()
        if stride != 1 or in_planes != self.expansion*planes:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_planes, self.expansion*planes, kernel_size=1, stride=stride, bias=False),
                nn.BatchNorm2d(self.expansion*planes)
            )

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = F.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        out += self.shortcut(x)
        out = F.relu(out)
        return out


class ResNeXt(nn.Module):
    def __init__(self, block, num_blocks, cardinality=32, num_classes=10):
        super(ResNeXt, self).__init__()
        self.in_planes = 64

        self.conv1 = nn.Conv2d(3, 64, kernel_size=1, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.layer1 = self._make_layer(block, 64, num_blocks[0], 1, cardinality)
        self.layer2 = self._make_layer(block, 128, num_blocks[1], 2, cardinality)
        self.layer3 = self._make_layer(block, 256, num_blocks[2], 2, cardinality)
        # self.layer4 = self._make_layer(block, 512, num_blocks[3], 2, cardinality)
        self.linear = nn.Linear(512, num_classes)

        self.init_params()

    def _make_layer(self, block, planes, num_blocks, stride, cardinality):
        strides = [stride] + [1]*(num_blocks-1)
        layers = []
        for stride in strides:
            layers.append(block(self.in_planes, planes, stride, cardinality))
            self.in_planes = planes * block.expansion
        return nn.Sequential(*layers)

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.layer1(out)
        out = self.layer2(out)
        out = self.layer3(out)
        # out = self.layer4(out)
        out = F.avg_pool2d(out, 8)
        out = out.view(out.size(0), -1)
        out = self.linear(out)
        return out

    def init_params(self):
        '''Init layer parameters.'''
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                init.kaiming_normal(m.weight, mode='fan_out')
                if m.bias:
                    init.constant(m.bias, 0)
            elif isinstance(m, nn.BatchNorm2d):
                init.constant(m.weight, 1)
                init.constant(m.bias, 0)
            elif isinstance(m, nn.Linear):
                init.normal(m.weight, std=1e-3)
                if m.bias:
                    init.constant(m.bias, 0)


def ResNeXt29():
    return ResNeXt(Block, [3,3,3])


# net = resnext_cifar()
# x = torch.randn(1,3,32,32)
# y = net(Variable(x))
# print(y.size())
