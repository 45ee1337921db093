"""The process textual-serve starts for one candidate's connection: the app in kiosk mode for the
invitation named by the server (``CMSIM_SERVE_INVITATION``), on the server's database (``CMSIM_DB``).

The token never reaches this process (nor its command line): only the invitation's id, which the
server checked before starting it."""

from __future__ import annotations

import os
import sys


def main() -> int:
    """Run the kiosk app for the invitation; 2 when the environment does not name a usable one."""
    from cmsim.session.database import open_store
    from cmsim.store.invitations import invitation
    from cmsim.store.records import StoreError

    try:
        invitation_id = int(os.environ["CMSIM_SERVE_INVITATION"])
        with open_store(os.environ.get("CMSIM_DB") or None) as store:
            found = invitation(store, invitation_id)
            if found is None:
                raise StoreError(f"no invitation {invitation_id}")
            campaign = store.campaign(found.campaign_id)
    except (KeyError, ValueError, StoreError) as exc:
        print(f"cmsim serve child: {exc}", file=sys.stderr)
        return 2
    from cmsim.tui.app import CmsimApp
    from cmsim.tui.kiosk import Kiosk
    from cmsim.tui.scorer import LazyScorer

    kiosk = Kiosk(
        campaign=campaign.name,
        candidate=found.candidate,
        audience=os.environ.get("CMSIM_SERVE_AUDIENCE") or None,
        retention=os.environ.get("CMSIM_SERVE_RETENTION") or None,
    )
    CmsimApp(scorer=LazyScorer(), lang=campaign.lang, db=os.environ.get("CMSIM_DB") or None, kiosk=kiosk).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
