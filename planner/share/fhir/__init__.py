"""FHIR R4 (4.0.1) JSON in and out, one module per resource family (see `bundle.FAMILIES`).

What goes in the Bundle, and why:

- Patient (`patient`), with the rest of the health summary on it (`patient_summary`).
- ObservationDefinition, one per tracker (`trackers`), and Observation, one per log entry in
  the chosen period (`observations`).
- Goal (`goals`), CarePlan with its actions and supporters (`care_plan`),
  QuestionnaireResponse with its total score as an Observation (`questionnaires`).
- MedicationStatement (`medicines`), AllergyIntolerance and Condition (`summary`),
  Appointment (`appointments`), ServiceRequest for the social-prescribing referral
  (`social`), CarePlan for a decision the person is making (`decisions`) and ServiceRequest
  for a treatment referral (`treatment`), each with its UK Core profile.

`checks` holds the checked JSON readers every family uses and the code-list checks
(fhir.resources checks structure, not codes); `bundle` writes and reads the whole file.
These names are what the rest of the app uses.
"""

from planner.share.fhir.base import BASE, TRACKER_SYSTEM
from planner.share.fhir.bundle import (
    JSON_ADVICE,
    VALUE_SETS,
    bundle_bytes,
    check_codes,
    export_bundle,
    import_fhir,
    parse_bundle,
    read_bundle_file,
    write_fhir,
)
from planner.share.fhir.care_plan import UK_CORE_CAREPLAN
from planner.share.fhir.checks import LOINC, loinc_is_valid
from planner.share.fhir.patient import NHS_NUMBER_SYSTEM

__all__ = [
    "BASE",
    "JSON_ADVICE",
    "LOINC",
    "NHS_NUMBER_SYSTEM",
    "TRACKER_SYSTEM",
    "UK_CORE_CAREPLAN",
    "VALUE_SETS",
    "bundle_bytes",
    "check_codes",
    "export_bundle",
    "import_fhir",
    "loinc_is_valid",
    "parse_bundle",
    "read_bundle_file",
    "write_fhir",
]
