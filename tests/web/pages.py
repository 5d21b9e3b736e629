"""Pages and feeds the web tests serve from 127.0.0.1: written here, never fetched."""
from __future__ import annotations

# A news page as sites publish it: navigation, the article, a "Related" list whose links
# name other places and events (they must not become incidents), a footer, and the
# publication date only in the page's metadata (Open Graph and JSON-LD), not in the text.
ARTICLE_WITH_FURNITURE = """<!doctype html>
<html lang="es"><head><meta charset="utf-8">
<title>Bloqueos e incendios en Celaya | Diario del Bajío</title>
<meta property="og:site_name" content="Diario del Bajío">
<meta property="article:published_time" content="2026-02-22T18:30:00-06:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Bloqueos e incendios en Celaya", "datePublished": "2026-02-22T18:30:00-06:00"}</script>
</head><body>
<header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/seguridad">Seguridad</a></li>
<li><a href="/deportes">Deportes</a></li><li><a href="/sinaloa">Noticias de Sinaloa</a></li></ul></nav></header>
<main><article>
<h1>Bloqueos e incendios en Celaya</h1>
<p>Hombres armados incendiaron vehículos y bloquearon carreteras en Celaya, Guanajuato, este domingo,
según informaron las autoridades estatales en un comunicado.</p>
<p>La Secretaría de Seguridad dijo que no hubo heridos y que la Guardia Nacional reforzó la
vigilancia en los accesos a la ciudad durante la noche.</p>
<p>Comercios cerraron sus puertas durante la tarde y el transporte público suspendió su servicio
en varias colonias del municipio.</p>
<div class="related-articles"><h3>Notas relacionadas</h3><ul>
<li><a href="/nota/1">Asesinan a dos hombres en Culiacán</a></li>
<li><a href="/nota/2">Disturbios y saqueos en Hermosillo</a></li></ul></div>
</article></main>
<aside class="sidebar"><h3>Lo más leído</h3><ul><li><a href="/nota/3">Ejecutan a cinco en Tijuana</a></li></ul></aside>
<footer><p>© 2026 Diario del Bajío. Todos los derechos reservados.</p></footer>
</body></html>
"""

ARTICLE_TEXT_START = "Hombres armados incendiaron vehículos y bloquearon carreteras en Celaya"
FURNITURE_WORDS = ("Culiacán", "Hermosillo", "Tijuana", "Deportes", "derechos reservados", "relacionadas")

# The same story republished by another site: another headline and byline, a sentence
# reworded, the last paragraph cut, other furniture and no date in the metadata.
NEAR_COPY = """<html lang="es"><head><title>Celaya: queman vehículos | Noticias del Centro</title></head><body>
<nav><a href="/">Portada</a> <a href="/policia">Policía</a></nav>
<article><h1>Celaya: queman vehículos y bloquean vías</h1>
<p class="byline">Por la Redacción, con información de agencias</p>
<p>Hombres armados incendiaron vehículos y bloquearon carreteras en Celaya, Guanajuato, este domingo,
según informaron las autoridades del estado en un comunicado.</p>
<p>La Secretaría de Seguridad dijo que no hubo heridos y que la Guardia Nacional reforzó la
vigilancia en los accesos a la ciudad durante la noche.</p>
</article><footer>Noticias del Centro 2026</footer></body></html>
"""

OTHER_ARTICLE = """<html lang="es"><head><title>Enfrentamiento en Culiacán</title>
<meta property="article:published_time" content="2026-02-23T08:00:00-07:00"></head><body>
<nav><a href="/">Inicio</a></nav>
<article><h1>Enfrentamiento armado en Culiacán deja tres muertos</h1>
<p>Tres hombres murieron durante un enfrentamiento armado en Culiacán, Sinaloa, la madrugada de este
lunes, informó la Fiscalía General del Estado.</p>
<p>Elementos del Ejército y de la Guardia Nacional acudieron a la zona y aseguraron armas largas
y dos vehículos con blindaje artesanal.</p>
</article></body></html>
"""


def page(title: str, body: str) -> bytes:
    """A plain article page (for feed entries)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f'<html lang="es"><head><title>{title}</title></head><body><nav><a href="/">Inicio</a></nav>'
            f"<article><h1>{title}</h1>{paragraphs}</article></body></html>").encode()
