"""Entry point: `python main.py` opens the GUI; `python main.py --help` lists the sub-commands."""

from app.bootstrap import main

if __name__ == "__main__":
    raise SystemExit(main())
