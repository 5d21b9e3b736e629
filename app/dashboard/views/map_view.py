"""Page: the map of incidents (see app/dashboard/map_page.py)."""
from app.dashboard import map_page

map_page.main()
