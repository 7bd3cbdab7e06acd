# construct: MyModule(2, 3)
# inputs: [torch.arange(3.)]
# The second example of the torch.jit.script docs page (a Parameter and an nn.Linear).
import torch

class MyModule(torch.nn.Module):
    def __init__(self, N, M):
        super(MyModule, self).__init__()
        self.weight = torch.nn.Parameter(torch.rand(N, M))
        self.linear = torch.nn.Linear(N, M)

    def forward(self, input):
        output = self.weight.mv(input)
        output = self.linear(output)
        return output
