"""bizenv pipeline: Chinese development-zone texts in, zone-attributed claims out.

    from pipeline import extract_claims
    claims = extract_claims("繁峙经开区审批时限从60个工作日压缩至20个工作日内。")
"""
__version__ = "0.1.0"

# The submodule is imported first so that the function defined below, not the
# module, is what `pipeline.extract` names.
from .extract import extract_document, extract_text  # noqa: E402
from .model import Claim, Extraction, NumberMention, ZoneMention  # noqa: E402
from .text import Document, InputError, read_document  # noqa: E402


def extract(text: str, doc: str = "", default_zone: str | None = None) -> Extraction:
    """Claims, zone mentions and number mentions of one text. Never raises on text."""
    return extract_text(text, doc=doc, default_zone=default_zone)


def extract_claims(text: str, doc: str = "", default_zone: str | None = None) -> list[Claim]:
    return extract(text, doc, default_zone).claims


__all__ = ["Claim", "Document", "Extraction", "InputError", "NumberMention", "ZoneMention",
           "extract", "extract_claims", "extract_document", "extract_text", "read_document",
           "__version__"]
