"""Stand-ins for the torchvision-internal names that model files from pytorch/vision import, so those
files can be imported on their own, outside the torchvision package. Written for these tests (not
torchvision code): the pretrained-weights registry, transform presets, category lists and the builder
helpers. The model classes the tests construct never reach them; builder functions that would raise.
"""
from torch import nn

_IMAGENET_CATEGORIES = []
_VOC_CATEGORIES = []


class ImageClassification:
    pass


class SemanticSegmentation:
    pass


def _log_api_usage_once(obj):
    pass


class Weights:
    def __init__(self, url, transforms, meta):
        self.url, self.transforms, self.meta = url, transforms, meta


class WeightsEnum:
    @classmethod
    def verify(cls, obj):
        return obj


class _BackboneWeights(WeightsEnum):
    IMAGENET1K_V1 = None


MobileNet_V3_Large_Weights = ResNet50_Weights = ResNet101_Weights = _BackboneWeights


def register_model(name=None):
    return lambda builder: builder


def handle_legacy_interface(**weights):
    return lambda builder: builder


def _ovewrite_value_param(*args):
    return args[-1]


def _ModelURLs(urls):
    return dict(urls)


class _SimpleSegmentationModel(nn.Module):
    pass


def _not_available(*args, **kwargs):
    raise NotImplementedError("not part of these tests: only the model classes are")


IntermediateLayerGetter = FCNHead = _not_available
MobileNetV3 = ResNet = nn.Module
mobilenet_v3_large = resnet50 = resnet101 = _not_available
