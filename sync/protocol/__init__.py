"""Wire models shared by the sync client and the participation endpoint (protocol v1).

Both sides import these classes, so the JSON that leaves a person's computer and the JSON the
endpoint accepts are defined once. The package is deliberately plain: pydantic and the standard
library only (no FastAPI, SQLAlchemy, requests or Qt), so the client can use it offline and the
endpoint can use it without the desktop stack.

Two kinds of model live here:

* **Requests** (what a client sends: `ContributionBatch` and everything inside it) forbid unknown
  fields (`extra="forbid"`). That is a privacy guard as much as a validation rule: a field such
  as `nhs_number` or `name` can never slip through to the store, because the endpoint rejects
  the whole batch instead of silently dropping it.
* **Responses** (what the endpoint returns) ignore unknown fields, so an older client keeps
  working when a newer endpoint adds a field.

Error bodies always have the shape of `ErrorResponse`:
`{"error": {"code": "...", "message": "plain English", "details": [...]}}`.

The models live in one module per area (`common`: limits, value types and the two base
classes; `contributions`; `openreferral`: the directory; `consultations`; `results`), and every
public name is importable from `sync.protocol` itself, which is what the app and the endpoint
import.
"""

from __future__ import annotations

from sync.protocol.accountability import (
    ASSISTED_SESSION_MINUTES,
    COMMITMENT_STATUSES,
    AssistedCodeRequest,
    AssistedSessionGranted,
    ChannelCounts,
    ChannelCountsList,
    Commitment,
    CommitmentList,
    CommitmentStatus,
    CommitmentUpdate,
    Milestone,
)
from sync.protocol.common import (
    API_PREFIX,
    ATTENDANCE_BUCKETS,
    ATTENDANCE_LOW,
    FFT_POSITIVE_RATINGS,
    FFT_QUESTION,
    FFT_RATING_LABELS,
    FFT_RATINGS,
    LONDON_BOROUGHS,
    MAX_BATCH_ITEMS,
    MAX_BODY_BYTES,
    MAX_TEXT_LENGTH,
    ONS4_CHANGE_LEVELS,
    ONS4_ITEMS,
    ONS4_LEVELS,
    PROTOCOL_VERSION,
    PURPOSE_FOR_KIND,
    SUPPRESSION_THRESHOLD,
    AttendanceBucket,
    Borough,
    CategoryCode,
    ContributionKind,
    FFTRating,
    Purpose,
    rr_keep_probability,
)
from sync.protocol.consultations import (
    ConsultationResponse,
    ConsultationResponseList,
    Survey,
    SurveyList,
    SurveyOption,
    SurveyQuestion,
)
from sync.protocol.contributions import (
    BatchResult,
    Contribution,
    ContributionBatch,
    ContributionBody,
    ContributionList,
    ContributionRecord,
    ContributorCreated,
    ContributorRequest,
    ErrorDetail,
    ErrorInfo,
    ErrorResponse,
    FFTFeedback,
    HealthStatus,
    ItemResult,
    ItemStatus,
    OutcomeReport,
    SurveyAnswer,
    WellbeingONS4,
    WithdrawalResult,
)
from sync.protocol.openreferral import (
    Accessibility,
    Address,
    CostOption,
    Location,
    Organization,
    Schedule,
    Service,
    ServiceAtLocation,
    ServicePage,
    TaxonomyTerm,
)
from sync.protocol.results import (
    CountCell,
    MeasureCell,
    OptionResult,
    OutcomeResult,
    QuestionResult,
    RatingResult,
    Results,
    ServiceFeedbackResult,
    SurveyResult,
    WellbeingResult,
)

__all__ = [
    "API_PREFIX",
    "ASSISTED_SESSION_MINUTES",
    "ATTENDANCE_BUCKETS",
    "ATTENDANCE_LOW",
    "COMMITMENT_STATUSES",
    "FFT_POSITIVE_RATINGS",
    "FFT_QUESTION",
    "FFT_RATINGS",
    "FFT_RATING_LABELS",
    "LONDON_BOROUGHS",
    "MAX_BATCH_ITEMS",
    "MAX_BODY_BYTES",
    "MAX_TEXT_LENGTH",
    "ONS4_CHANGE_LEVELS",
    "ONS4_ITEMS",
    "ONS4_LEVELS",
    "PROTOCOL_VERSION",
    "PURPOSE_FOR_KIND",
    "SUPPRESSION_THRESHOLD",
    "Accessibility",
    "Address",
    "AssistedCodeRequest",
    "AssistedSessionGranted",
    "AttendanceBucket",
    "BatchResult",
    "Borough",
    "CategoryCode",
    "ChannelCounts",
    "ChannelCountsList",
    "Commitment",
    "CommitmentList",
    "CommitmentStatus",
    "CommitmentUpdate",
    "ConsultationResponse",
    "ConsultationResponseList",
    "Contribution",
    "ContributionBatch",
    "ContributionBody",
    "ContributionKind",
    "ContributionList",
    "ContributionRecord",
    "ContributorCreated",
    "ContributorRequest",
    "CostOption",
    "CountCell",
    "ErrorDetail",
    "ErrorInfo",
    "ErrorResponse",
    "FFTFeedback",
    "FFTRating",
    "HealthStatus",
    "ItemResult",
    "ItemStatus",
    "Location",
    "MeasureCell",
    "Milestone",
    "OptionResult",
    "Organization",
    "OutcomeReport",
    "OutcomeResult",
    "Purpose",
    "QuestionResult",
    "RatingResult",
    "Results",
    "Schedule",
    "Service",
    "ServiceAtLocation",
    "ServiceFeedbackResult",
    "ServicePage",
    "Survey",
    "SurveyAnswer",
    "SurveyList",
    "SurveyOption",
    "SurveyQuestion",
    "SurveyResult",
    "TaxonomyTerm",
    "WellbeingONS4",
    "WellbeingResult",
    "WithdrawalResult",
    "rr_keep_probability",
]
