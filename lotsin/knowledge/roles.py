"""Who may do what in the knowledge base."""

from lotsin.core.models import Role

# Write drafts and translations: advisors translate, coordinators and lawyers write.
AUTHOR_ROLES = frozenset({Role.ADVISOR, Role.COORDINATOR, Role.LEGAL_REVIEWER, Role.ADMIN})
# Only a lawyer approves or sends back (four eyes: never her own text).
REVIEWER_ROLES = frozenset({Role.LEGAL_REVIEWER})
# Taking a verified answer out of use is urgent work: lawyers and coordinators.
WITHDRAW_ROLES = frozenset({Role.LEGAL_REVIEWER, Role.COORDINATOR})
CLAIM_ROLES = frozenset({Role.ADVISOR, Role.COORDINATOR, Role.LEGAL_REVIEWER, Role.ADMIN})
# Read the knowledge base with its drafts, review threads and uses: the organisation's own staff.
# Partners (e.g. a Jobcenter) see only what participants consented to, and public pages.
READ_ROLES = frozenset(
    {Role.ADVISOR, Role.LEGAL_REVIEWER, Role.COACH, Role.COORDINATOR, Role.MENTOR_COORDINATOR,
     Role.ADMIN}
)  # fmt: skip
# Record that an answer was used, and tick off corrections: the people who reply.
USE_ROLES = READ_ROLES
