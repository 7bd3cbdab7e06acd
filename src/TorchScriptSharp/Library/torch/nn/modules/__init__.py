from .linear import Identity, Linear, Bilinear
from .activation import *
from .conv import Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d, ConvTranspose3d
