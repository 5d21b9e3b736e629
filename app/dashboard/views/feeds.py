"""Page: the feeds followed (see app/dashboard/feeds_panel.py)."""
from app.dashboard import feeds_panel

feeds_panel.main()
