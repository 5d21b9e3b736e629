"""Names -> places: the offline gazetteer, the geocoder and the INEGI shapes.

``geo`` never knows about articles: it only turns place names into places and
coordinates into municipalities and states.
"""
