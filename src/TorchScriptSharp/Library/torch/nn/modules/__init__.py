from .linear import Identity, Linear, Bilinear
from .activation import *
