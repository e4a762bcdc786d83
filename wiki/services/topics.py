"""Topics: one service page each."""
from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from wiki.errors import NotFound
from wiki.models import Topic

DEMO_TOPICS: tuple[tuple[str, str, str], ...] = (
    ("adult-social-care-assessment", "Adult social care assessment",
     "When the council looks at what help you need to live your life, and whether it will pay for it."),
    ("carers-assessment", "Carer's assessment",
     "A talk with the council about the care you give, how it affects you, and what support you could get."),
    ("direct-payments", "Direct payments and personal budgets",
     "Money from the council so you can choose and pay for your own care and support."),
    ("child-protection-conference", "Child protection conference",
     "A meeting where parents and professionals decide whether a child needs a child protection plan."),
    ("leaving-care", "Leaving care",
     "Support for young people who have been in care as they move on, up to age 25."),
    ("housing-and-homelessness", "Housing and homelessness",
     "Getting help from the council when you are homeless or might lose your home."),
    ("mental-health-crisis-team", "Mental health crisis team",
     "The team you can call when someone's mental health is at a crisis point."),
    ("hospital-discharge", "Hospital discharge",
     "Leaving hospital, and getting the care you need at home or somewhere else."),
    ("send-and-ehcps", "SEND and EHCPs",
     "Help at school for children with special educational needs, and education, health and care plans."),
)


def all_topics(engine: Engine) -> list[Topic]:
    with Session(engine) as s:
        return list(s.exec(select(Topic).order_by(Topic.title)))


def topic_by_slug(engine: Engine, slug: str) -> Topic:
    with Session(engine) as s:
        topic = s.exec(select(Topic).where(Topic.slug == slug)).first()
    if topic is None:
        raise NotFound("There is no topic with that name.")
    return topic


def ensure_demo_topics(engine: Engine) -> int:
    """Add any demo topic that is missing; returns how many were added."""
    added = 0
    with Session(engine) as s:
        existing = set(s.exec(select(Topic.slug)))
        for slug, title, summary in DEMO_TOPICS:
            if slug not in existing:
                s.add(Topic(slug=slug, title=title, summary=summary))
                added += 1
        s.commit()
    return added
