"""The citizens' panel on the wire: who joins (in coarse bands only) and what they are invited to.

A member gives an age band, a borough and, if they want, whether they look after someone
(a carer). Nothing finer exists in the protocol, so nothing finer can reach the endpoint: the
request models refuse any other field. The bands are the strata the endpoint draws stratified
samples from, so they are the same words the population-shares file of the console uses.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

from pydantic import Field

from sync.protocol.common import Borough, _Request, _Response

AgeBand = Literal["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]
"""Ten-year bands (the ONS census bands, the youngest from 16): coarse enough that a band in a
borough is a group, fine enough to see who a panel is missing."""

AGE_BANDS: Final[tuple[str, ...]] = get_args(AgeBand)

CarerBand = Literal["yes", "no", "not_said"]
CARER_BANDS: Final[tuple[str, ...]] = get_args(CarerBand)


class PanelMembership(_Request):
    """`PUT /v1/panel/membership`: join the panel, or change one's bands (the latest wins)."""

    age_band: AgeBand
    borough: Borough
    carer: CarerBand = "not_said"


class PanelJoined(_Response):
    """The endpoint's answer to a join: the bands it now holds for this contributor."""

    age_band: AgeBand
    borough: Borough
    carer: CarerBand


class PanelInvitations(_Response):
    """`GET /v1/panel/invitations`: the consultations this panel member was drawn for. Only the
    member's own token reads it; no operator page lists who was drawn."""

    consultation_ids: list[str] = Field(default_factory=list, max_length=500)
