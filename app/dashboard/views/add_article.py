"""Page: add an article (see app/dashboard/add_page.py)."""
from app.dashboard import add_page

add_page.main()
