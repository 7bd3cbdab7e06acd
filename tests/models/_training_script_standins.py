"""Stand-ins for the modules a model file's training script imports (argparse, os, time, requests,
tarfile, numpy, torch.optim and its lr_scheduler, torchvision's datasets and transforms), so the file can
be imported for its model classes alone: the eager evaluator provides only the modules model
construction needs. Written for these tests (not from the model repositories). The model classes never
reach these names; training code that did would get NotImplementedError.
"""


class _TrainingOnly:
    """Any attribute of a training-script module; calling one raises."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        return _TrainingOnly(self._name + "." + attr)

    def __call__(self, *args, **kwargs):
        raise NotImplementedError(self._name + " belongs to the training script, which these tests do not run")


argparse = _TrainingOnly("argparse")
optim = _TrainingOnly("torch.optim")
StepLR = _TrainingOnly("torch.optim.lr_scheduler.StepLR")
Adam = _TrainingOnly("torch.optim.Adam")
numpy = _TrainingOnly("numpy")
os = _TrainingOnly("os")
time = _TrainingOnly("time")
requests = _TrainingOnly("requests")
tarfile = _TrainingOnly("tarfile")
datasets = _TrainingOnly("torchvision.datasets")
transforms = _TrainingOnly("torchvision.transforms")
