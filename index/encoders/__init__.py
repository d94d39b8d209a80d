"""Text -> unit vectors from the bundled all-MiniLM-L6-v2: through ONNX Runtime (float32, or
its int8 copy for questions) or sentence-transformers (the reference), chosen by
`load_encoder`; `build_encoder` gives the one that embeds passages.

Nothing here loads a model or a runtime at import: each backend does on first use.
"""

from index.encoders.base import (MODEL_NAME, Encoder, ModelMissingError, bundled_model_path,
                                 package_version)
from index.encoders.factory import (BACKENDS, DEFAULT_ENCODER_DIR, Backend, build_encoder,
                                    check_backend, load_encoder)
from index.encoders.onnx_encoder import OnnxEncoder
from index.encoders.onnx_export import ExportFailed
from index.encoders.sentence_encoder import SentenceEncoder

__all__ = [
    "BACKENDS", "DEFAULT_ENCODER_DIR", "MODEL_NAME", "Backend", "Encoder", "ExportFailed",
    "ModelMissingError", "OnnxEncoder", "SentenceEncoder", "build_encoder", "bundled_model_path",
    "check_backend",
    "load_encoder", "package_version",
]
