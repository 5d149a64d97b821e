"""Every sub-package of checker/ is listed in setup.cfg, or an installed checker would miss it."""

import configparser

from conftest import REPO


def test_all_subpackages_are_listed():
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "setup.cfg")
    listed = set(cfg["options"]["packages"].split())
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "checker").rglob("__init__.py")}
    assert found <= listed, f"add to setup.cfg [options] packages: {sorted(found - listed)}"
