"""Demo content: the topics, a few fictional notes, and a reviewer login."""
from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from search.index import SearchIndex
from wiki.models import Contribution, User
from wiki.services import analysis, publishing, review
from wiki.services.accounts import add_user
from wiki.services.contributions import ContributionForm, new_submission_key, submit
from wiki.services.topics import ensure_demo_topics

DEMO_REVIEWER = "reviewer@example.org"

# Fictional notes. The first three are published as demo content; the rest wait in the queue.
DEMO_NOTES: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("carers-assessment", "carer", {
        "wish_known": "That I could ask for a carer's assessment myself. Nobody offered one for three years.",
        "advice": "Write down everything you do in a week before the assessment, even the small things.",
        "what_happened": "The council lost my form twice. In the end I phoned every Monday until someone "
                         "booked a visit.",
    }),
    ("direct-payments", "service_user", {
        "wish_known": "Direct payments can pay for a personal assistant you choose yourself.",
        "advice": "Ask your local carers centre for help with the paperwork. It is a lot of paperwork.",
    }),
    ("child-protection-conference", "practitioner", {
        "wish_known": "Parents are often given the report the night before. Share it at least three working "
                      "days before the conference, as the guidance says.",
        "what_happened": "Families told us the room layout felt like a court. We now meet them first and "
                         "explain who everyone is.",
    }),
    ("hospital-discharge", "carer", {
        "what_happened": "My dad was sent home at 9pm with no care in place. The discharge nurse, Sharon "
                         "Pike, told me to ring 07700 900123 but nobody ever answered.",
        "advice": "Ask for the discharge plan in writing before the day.",
    }),
    ("housing-and-homelessness", "young_person", {
        "wish_known": "if ur 16 or 17 and homeless the council has to look at children's services help too. "
                      "my worker jade told me that, nobody else did",
    }),
)


def load_demo(engine: Engine, index: SearchIndex) -> str:
    """Load demo topics and notes (once) and return a fresh one-time password for the demo reviewer."""
    ensure_demo_topics(engine)
    password = secrets.token_urlsafe(12)
    with Session(engine) as s:
        user = s.exec(select(User).where(User.email == DEMO_REVIEWER)).first()
        if user:
            user.password_hash = PasswordHasher().hash(password)
            s.add(user)
            s.commit()
            s.refresh(user)
    if user is None:
        user, _ = add_user(engine, DEMO_REVIEWER, "reviewer", password)
    with Session(engine) as s:
        if s.exec(select(Contribution.id)).first() is not None:
            return password
    for i, (topic, role, answers) in enumerate(DEMO_NOTES):
        form = ContributionForm(topic=topic, author_role=role, submission_key=new_submission_key(),
                                answers={"wish_known": "", "advice": "", "what_happened": "", **answers})
        receipt = submit(engine, form)
        analysis.analyse(engine, receipt.contribution_id)
        if i < 3:
            view = review.open_for_review(engine, receipt.contribution_id, user)
            review.approve(engine, view.note.id, view.note.version, {}, user)
            publishing.after_decision(engine, index, view.note.id)
    return password
