"""Redaction and triage of contributions: PII findings, libel and safeguarding flags, all offline."""
import os

# Presidio's URL checks use tldextract, which would fetch the public suffix list from the internet the first time.
# An empty list of addresses makes it use the copy bundled with the package, whichever module is imported first.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
