"""The `candour` command."""
from __future__ import annotations

import argparse
import logging
import sys

from wiki.settings import Settings


def _engine_and_index(settings: Settings):
    from search.index import SearchIndex
    from wiki.db import make_engine, migrate

    migrate(settings)
    return make_engine(settings), SearchIndex(settings.index_dir)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from wiki.app import create_app

    app = create_app(settings)
    if args.demo:
        from wiki.demo import DEMO_REVIEWER, load_demo

        password = load_demo(app.state.engine, app.state.index)
        print(f"\nDemo loaded. Reviewer sign-in (shown once): {DEMO_REVIEWER} / {password}\n"
              f"Open http://{args.host}:{args.port}/ (review queue at /review)\n", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_level="info")
    return 0


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    from wiki.db import migrate

    migrate(settings)
    print("Database is up to date.")
    return 0


def cmd_user_add(args: argparse.Namespace, settings: Settings) -> int:
    from wiki.errors import BadRequest
    from wiki.services.accounts import add_user

    engine, _ = _engine_and_index(settings)
    try:
        user, password = add_user(engine, args.email, args.role)
    except BadRequest as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    print(f"Added {user.email} as {user.role}. Password (shown once): {password}")
    return 0


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from wiki.demo import DEMO_REVIEWER, load_demo

    engine, index = _engine_and_index(settings)
    password = load_demo(engine, index)
    print(f"Demo loaded. Reviewer sign-in (shown once): {DEMO_REVIEWER} / {password}")
    return 0


def cmd_reindex(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from wiki.services.publishing import count_published, rebuild_index

    engine, index = _engine_and_index(settings)
    with tqdm(total=count_published(engine), unit="note", desc="Indexing", file=sys.stderr) as bar:
        count = rebuild_index(engine, index, progress=lambda: bar.update(1))
    print(f"Indexed {count} published notes.")
    return 0


def cmd_work(args: argparse.Namespace, settings: Settings) -> int:
    from wiki.services.analysis import process_backlog

    engine, _ = _engine_and_index(settings)
    done, waiting = process_backlog(engine)
    print(f"Analysed {done} notes; {waiting} still waiting.")
    return 0 if waiting == 0 else 1


def cmd_kiosk_add(args: argparse.Namespace, settings: Settings) -> int:
    from wiki.errors import BadRequest
    from wiki.services import kiosks

    engine, _ = _engine_and_index(settings)
    try:
        kiosk = kiosks.add_kiosk(engine, args.place, actor="cli")
    except BadRequest as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    url = f"{args.base_url.rstrip('/')}/kiosk/enrol/{kiosks.enrol_token(settings.secret_key, kiosk)}"
    hours = settings.kiosk_link_max_age / 3600
    print(f"Added kiosk {kiosk.id} at {kiosk.place}.\n"
          f"Open this link on the kiosk's screen (it works once, for {hours:g} hours):\n{url}")
    return 0


def cmd_kiosk_list(args: argparse.Namespace, settings: Settings) -> int:
    from wiki.services import kiosks

    engine, _ = _engine_and_index(settings)
    rows = kiosks.list_kiosks(engine)
    if not rows:
        print("No kiosks.")
    for k in rows:
        state = "switched off" if k.revoked else "switched on" if k.enrolled else "waiting for its link"
        print(f"{k.id}\t{k.place}\t{state}\tadded {k.created_at:%Y-%m-%d}")
    return 0


def cmd_kiosk_revoke(args: argparse.Namespace, settings: Settings) -> int:
    from wiki.errors import NotFound
    from wiki.services import kiosks

    engine, _ = _engine_and_index(settings)
    try:
        kiosk = kiosks.revoke(engine, args.id, actor="cli")
    except NotFound as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    print(f"Kiosk {kiosk.id} at {kiosk.place} is switched off.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="candour", description="Candour: a privacy-first service-experience wiki.")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the web app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--demo", action="store_true", help="load demo topics and notes and print a reviewer login")
    serve.set_defaults(func=cmd_serve)
    sub.add_parser("migrate", help="apply database migrations").set_defaults(func=cmd_migrate)
    user = sub.add_parser("user", help="manage reviewer and admin accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="add an account and print its one-time password")
    add.add_argument("email")
    add.add_argument("--role", choices=["reviewer", "admin"], default="reviewer")
    add.set_defaults(func=cmd_user_add)
    sub.add_parser("demo", help="load demo topics and notes").set_defaults(func=cmd_demo)
    sub.add_parser("reindex", help="rebuild the search index from published notes").set_defaults(func=cmd_reindex)
    sub.add_parser("work", help="analyse any notes still waiting").set_defaults(func=cmd_work)
    kiosk = sub.add_parser("kiosk", help="manage kiosks at day centres")
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", required=True)
    kiosk_add = kiosk_sub.add_parser("add", help="add a kiosk and print its one-time enrolment link")
    kiosk_add.add_argument("place", help='where the kiosk is, e.g. "Oakwood Day Centre"')
    kiosk_add.add_argument("--base-url", default="http://127.0.0.1:8000",
                           help="the address people use to reach Candour (default: %(default)s)")
    kiosk_add.set_defaults(func=cmd_kiosk_add)
    kiosk_sub.add_parser("list", help="list kiosks").set_defaults(func=cmd_kiosk_list)
    kiosk_revoke = kiosk_sub.add_parser("revoke", help="switch a kiosk off for good")
    kiosk_revoke.add_argument("id", type=int)
    kiosk_revoke.set_defaults(func=cmd_kiosk_revoke)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return args.func(args, Settings.from_env())


if __name__ == "__main__":
    sys.exit(main())
