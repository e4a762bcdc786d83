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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return args.func(args, Settings.from_env())


if __name__ == "__main__":
    sys.exit(main())
