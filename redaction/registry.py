"""Every recognizer the pipeline runs, listed by name.

Presidio's own recognizers are used where they serve UK notes (email, URL,
NHS number with its checksum, National Insurance number, postcode, vehicle
registration, driving licence, IBAN); its US recognizers, its generic phone
recognizer (which missed "+44 7700 900123") and its date recognizer (which
takes every weekday) are not loaded. The rest are ours, in
`redaction/recognizers/`.
"""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import (IbanRecognizer, NhsRecognizer,
                                                      SpacyRecognizer, UkDrivingLicenceRecognizer,
                                                      UkNinoRecognizer, UkVehicleRegistrationRecognizer)

from redaction.recognizers.addresses import CandourPostcodeRecognizer, StreetAddressRecognizer
from redaction.recognizers.children import AgeOfChildRecognizer, DateOfBirthRecognizer, SchoolRecognizer
from redaction.recognizers.contact import (FastEmailRecognizer, PersonalUrlRecognizer, SocialHandleRecognizer,
                                          UkPhoneRecognizer)
from redaction.recognizers.names import PersonNameRecognizer
from redaction.recognizers.references import BankDetailsRecognizer, CaseReferenceRecognizer, CuedNinoRecognizer
from redaction.recognizers.workplaces import WorkplaceRecognizer

# Presidio's entity names -> the names the corpus and the web app use.
ENTITY_NAMES = {"UK_VEHICLE_REGISTRATION": "VEHICLE_REG", "IBAN_CODE": "BANK_DETAILS"}


def recognizers(with_spacy_ner: bool = False) -> list[EntityRecognizer]:
    found: list[EntityRecognizer] = [
        # contact details
        FastEmailRecognizer(),
        PersonalUrlRecognizer(),
        UkPhoneRecognizer(),
        SocialHandleRecognizer(),
        # UK identifiers
        NhsRecognizer(),
        UkNinoRecognizer(),
        CuedNinoRecognizer(),
        UkDrivingLicenceRecognizer(),
        UkVehicleRegistrationRecognizer(),
        CaseReferenceRecognizer(),
        BankDetailsRecognizer(),
        IbanRecognizer(),
        # places
        StreetAddressRecognizer(),
        CandourPostcodeRecognizer(),
        WorkplaceRecognizer(),
        # children
        DateOfBirthRecognizer(),
        AgeOfChildRecognizer(),
        SchoolRecognizer(),
        # people
        PersonNameRecognizer(),
    ]
    if with_spacy_ner:
        found.append(SpacyRecognizer(supported_entities=["PERSON"]))
    return found


def build_registry(with_spacy_ner: bool = False) -> RecognizerRegistry:
    """The registry for the pipeline's AnalyzerEngine (English only)."""
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in recognizers(with_spacy_ner):
        registry.add_recognizer(recognizer)
    return registry
