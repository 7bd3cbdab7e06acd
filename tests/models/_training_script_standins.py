"""Stand-ins for the modules a model file's training script imports (argparse, os, time, requests,
tarfile, numpy, tqdm, torch.optim and its lr_scheduler, torch.utils.data, torchvision and its datasets
and transforms), so the file can be imported for its model classes alone: the eager evaluator provides
only the modules model construction needs. Written for these tests (not from the model repositories).
The model classes never reach these names (but for argparse.Namespace, which carries constructor
arguments); training code that did would get NotImplementedError.
"""


class _TrainingOnly:
    """Any attribute of a training-script module; calling one raises."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        return _TrainingOnly(self._name + "." + attr)

    def __call__(self, *args, **kwargs):
        raise NotImplementedError(self._name + " belongs to the training script, which these tests do not run")


class _Argparse(_TrainingOnly):
    """argparse: model constructors that take the script's parsed arguments get an argparse.Namespace."""

    class Namespace:
        def __init__(self, **kwargs):
            for name, value in kwargs.items():
                setattr(self, name, value)


argparse = _Argparse("argparse")
optim = _TrainingOnly("torch.optim")
StepLR = _TrainingOnly("torch.optim.lr_scheduler.StepLR")
Adam = _TrainingOnly("torch.optim.Adam")
numpy = _TrainingOnly("numpy")
os = _TrainingOnly("os")
time = _TrainingOnly("time")
requests = _TrainingOnly("requests")
tarfile = _TrainingOnly("tarfile")
DataLoader = _TrainingOnly("torch.utils.data.DataLoader")
tqdm = _TrainingOnly("torch.hub.tqdm")
torchvision = _TrainingOnly("torchvision")
Compose = _TrainingOnly("torchvision.transforms.Compose")
ToTensor = _TrainingOnly("torchvision.transforms.ToTensor")
Resize = _TrainingOnly("torchvision.transforms.Resize")
datasets = _TrainingOnly("torchvision.datasets")
transforms = _TrainingOnly("torchvision.transforms")
