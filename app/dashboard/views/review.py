"""Page: review incidents (see app/dashboard/review_page.py)."""
from app.dashboard import review_page

review_page.main()
