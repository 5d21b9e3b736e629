"""The codebook's traps in each language: none of them may become an incident place."""
from __future__ import annotations

import pytest

# (language, sentence, names that must not appear as location/admin2/admin1 of any record)
TRAPS = [
    # names inside cartel names
    ("nl", "Leden van het Sinaloa-kartel werden zaterdag gearresteerd.", {"Sinaloa"}),
    ("nl", "Het Jaliscokartel pleegde een aanslag op een politiepost.", {"Jalisco"}),
    ("nl", "Het Jalisco-kartel en de Nieuwe Generatie Jalisco vochten een vuurgevecht uit.", {"Jalisco"}),
    ("es", "Detuvieron a tres integrantes del Cártel de Sinaloa.", {"Sinaloa"}),
    ("es", "El Cártel Jalisco Nueva Generación atacó a policías.", {"Jalisco"}),
    ("es", "El Cártel del Golfo incendió dos camionetas.", {"Golfo"}),
    ("en", "Three members of the Jalisco New Generation Cartel were arrested.", {"Jalisco"}),
    ("en", "Sinaloa Cartel gunmen were killed.", {"Sinaloa"}),
    # titles
    ("nl", "Jalisco-gouverneur Pablo Lemus zei dat er drie doden vielen.", {"Jalisco"}),
    ("es", "El gobernador de Michoacán condenó el asesinato del alcalde.", {"Michoacán de Ocampo"}),
    ("en", "Jalisco Governor Pablo Lemus condemned the attack.", {"Jalisco"}),
    ("en", "The governor of Sinaloa said two people were killed.", {"Sinaloa"}),
    # newspapers
    ("nl", "Volgens de krant Reforma werden drie mensen gedood.", {"Reforma"}),
    ("es", "Según Reforma y Milenio, hubo un ataque armado.", {"Reforma", "Milenio"}),
    ("en", "El Universal and Milenio reported that three people were killed.", {"Reforma", "Milenio"}),
    # datelines
    ("nl", "MEXICO-STAD – Drie agenten zijn gedood.", {"Ciudad de México"}),
    ("es", "Cd. de México.- Tres policías fueron asesinados.", {"Ciudad de México"}),
    ("es", "Ciudad de México.- Tres policías fueron asesinados.", {"Ciudad de México"}),
    ("en", "MEXICO CITY — Three officers were killed.", {"Ciudad de México"}),
    ("es", "Los agresores se enfrentaron a balazos con la Marina.\n\nCiudad de México, 31 de octubre (SinEmbargo).- "
           "La Marina capturó a 13 presuntos integrantes tras un enfrentamiento.", {"Ciudad de México"}),
    # the tail of a hamlet's name is no town of another state
    ("es", "En Chilchota, Michoacán, murieron dos guardias nacionales en el poblado de Guadalupe del Lerma.", {"Lerma"}),
    # birthplaces and where a group operates from
    ("nl", "De gedode man kwam oorspronkelijk uit Aguililla.", {"Aguililla"}),
    ("nl", "Het kartel, dat opereert vanuit de stad Guadalajara, pleegde een aanslag.", {"Guadalajara"}),
    ("es", "El detenido, originario de Aguililla, fue capturado.", {"Aguililla"}),
    ("es", "En Sonoyta hubo un muerto; resultó herido un joven originario del Distrito Federal.", {"Ciudad de México"}),
    ("es", "En Sonoyta hubo un muerto; los heridos, oriundos del municipio de Caborca, fueron atendidos.", {"Caborca"}),
    ("es", "El grupo, que opera desde Culiacán, atacó a sus rivales.", {"Culiacán"}),
    ("es", "Hubo un enfrentamiento con un grupo armado procedente de Tamaulipas.",
     {"Tamaulipas"}),
    ("es", "Vecinos vieron pasar camionetas calcinadas provenientes de las comunidades de San Martín y El "
           "Mirador.", {"El Mirador", "San Martín"}),
    ("es", "En Juárez, Coahuila, detuvieron a tres hombres. La camioneta asegurada fue trasladada bajo un fuerte "
           "dispositivo de seguridad a las instalaciones de la Agencia de Investigación Criminal en Sabinas.",
     {"Sabinas"}),
    ("es", "JESÚS MARÍA, AGS.- Policías persiguieron una camioneta que habría iniciado su huida desde el municipio de "
           "Rincón de Romos; hubo un intercambio de disparos.", {"Rincón de Romos"}),
    ("en", "Police chased a pickup that had fled from the municipality of Rincón de Romos and exchanged fire with "
           "its driver in Jesús María.", {"Rincón de Romos"}),
    # a street corner
    ("es", "Dos hombres murieron en la colonia Puente Blanco, en la alcaldía Iztapalapa. Los agresores abrieron fuego "
           "contra un grupo de personas reunidas en la esquina de Río Hondo y Santa Cruz.",
     {"San Sebastián Río Hondo", "Santa Cruz de Bravo", "Oaxaca"}),
    ("en", "Two men were shot dead in Iztapalapa. The gunmen opened fire at the corner of Río Hondo and Santa Cruz.",
     {"San Sebastián Río Hondo", "Santa Cruz de Bravo", "Oaxaca"}),
    # a town's name inside a neighbourhood's
    ("es", "Un hombre fue asesinado en Culiacán, Sinaloa. En otro punto de la ciudad, en la colonia Lomas de San "
           "Isidro, un segundo hombre fue asesinado a balazos.", {"San Isidro", "Ahome"}),
    # where a unit is stationed
    ("es", "Un soldado murió en un enfrentamiento en el municipio de La Unión de Isidoro Montes de Oca. La balacera "
           "se registró entre los poblados de El Huaricho y Zorcua, donde se encuentra un grupo del 19 batallón de "
           "Infantería, destacamentado en el municipio de Petatlán.", {"Petatlán"}),
    ("en", "Soldiers of the 9th Military Zone, stationed in Culiacán, came under fire.", {"Culiacán"}),
    ("nl", "Militairen van de eenheid, gestationeerd in Culiacán, werden beschoten.", {"Culiacán"}),
    # downtown, cross streets and victims' hometowns
    ("es", "El enfrentamiento terminó en las calles Pino Suárez y Escobedo, en la zona Centro de la municipalidad.",
     {"Centro"}),
    ("es", "El ataque a balazos dio fin sobre la calle Joaquín Valle Ramírez, entre Juárez e Hidalgo.",
     {"Juárez", "Hidalgo"}),
    ("en", "The shooting ended on Joaquín Valle Ramírez street, between Juárez and Hidalgo.", {"Juárez", "Hidalgo"}),
    ("es", "Cinco hombres fueron asesinados. Los fallecidos son Ángel Alberto, de 25 años, de Mazatlán; José "
           "Guillermo, de 35 años, de Culiacán.", {"Mazatlán", "Culiacán"}),
    ("en", "Five men were shot dead. The victims were Angel Alberto, 25, of Mazatlan, and Jose Guillermo, 35, from "
           "Culiacan.", {"Mazatlán", "Culiacán"}),
    ("nl", "Vijf mannen werden doodgeschoten. De slachtoffers zijn Ángel Alberto (25) uit Mazatlán en José "
           "Guillermo (35) uit Culiacán.", {"Mazatlán", "Culiacán"}),
    # the second of two cartels
    ("es", "Murieron ocho personas en la disputa entre los cárteles Jalisco Nueva Generación (CJNG) y de "
           "Sinaloa (CDS).", {"Sinaloa"}),
    ("en", "The slain leader was born in Aguililla.", {"Aguililla"}),
    ("en", "Nine were arrested; eight are natives of the Sonora cities of Navojoa and Cajeme.", {"Navojoa", "Cajeme"}),
    # the neighbours listed after a border
    ("es", "Hallaron siete cadáveres en Aquismón, en los límites con el estado de Querétaro e Hidalgo.",
     {"Querétaro", "Hidalgo"}),
    ("en", "Seven bodies were found in Aquismón, on the border with Querétaro and Hidalgo.", {"Querétaro", "Hidalgo"}),
    ("nl", "In Aquismón werden zeven lichamen gevonden, op de grens met Querétaro en Hidalgo.", {"Querétaro", "Hidalgo"}),
    ("es", "Hallaron nueve cuerpos en un poblado de Mexicali, en colindancia con el estado de Sonora.", {"Sonora"}),
    ("es", "Tres hombres fueron asesinados en una brecha de Morelia, en los linderos con el municipio de Villa Madero.",
     {"Villa Madero", "Madero"}),
    # ... also after a plural: "the border with the states of"
    ("en", "Gunmen attacked police in Hidalgo, Coahuila, near the border with the states of Nuevo Leon and Tamaulipas.",
     {"Nuevo León", "Tamaulipas"}),
    ("es", "Sicarios atacaron a policías en Hidalgo, Coahuila, en la frontera con los estados de Nuevo León y "
           "Tamaulipas.", {"Nuevo León", "Tamaulipas"}),
    ("nl", "Gewapende mannen vielen agenten aan in Hidalgo, Coahuila, bij de grens met de staten Nuevo León en "
           "Tamaulipas.", {"Nuevo León", "Tamaulipas"}),
    # where someone works
    ("en", "During the attack near Santa María del Río, an agent also assigned to the attache office in Mexico City "
           "was shot twice.", {"Ciudad de México"}),
    ("es", "Dos agentes de la PFP comisionados en el Aeropuerto Internacional de Monterrey fueron asesinados y hallados "
           "en el municipio de Santiago, Nuevo León.", {"Monterrey"}),
    # where travellers were heading when they were attacked on the road
    ("es", "Una pareja de turistas iba hacia el destino turístico de Ixtapa-Zihuatanejo a pasar su luna de miel, cuando "
           "fueron atacados por hombres armados sobre la carretera.", {"Zihuatanejo de Azueta", "Ixtapa-Zihuatanejo"}),
    ("en", "A couple of tourists were driving to the tourist resort of Ixtapa-Zihuatanejo for their honeymoon when "
           "gunmen attacked them on the highway.", {"Zihuatanejo de Azueta", "Ixtapa-Zihuatanejo"}),
    ("nl", "Een toeristenpaar reed naar de badplaats Ixtapa-Zihuatanejo voor hun huwelijksreis toen gewapende mannen "
           "hen op de snelweg aanvielen.", {"Zihuatanejo de Azueta", "Ixtapa-Zihuatanejo"}),
    ("nl", "Bij de aanval bij Santa María del Río werd een agent gedetacheerd bij de ambassade in Mexico-Stad "
           "twee keer geraakt.", {"Ciudad de México"}),
    # where a witness came from
    ("es", "Hubo una balacera en Los Cabos, dijo un turista de Ciudad de México.", {"Ciudad de México"}),
    ("en", "There was a shooting in Los Cabos, said a tourist from Guadalajara.", {"Guadalajara"}),
    ("nl", "Er werd geschoten in Los Cabos, zei een toerist uit Guadalajara.", {"Guadalajara"}),
    ("en", "The gang, which operates from Culiacán, attacked rivals.", {"Culiacán"}),
    # roads and streets named after places or people
    ("es", "Quemaron un tráiler en la Carretera a Chapala.", {"Chapala"}),
    ("es", "Hubo un bloqueo en la salida a Nogales.", {"Nogales"}),
    ("es", "Se reportó un bloqueo en la Carretera Morelia.", {"Morelia"}),
    ("es", "Incendiaron un autobús en Avenida Vallarta.", {"Reyes de Vallarta", "Puerto Vallarta"}),
    ("es", "Hubo un enfrentamiento en López Mateos y Niños Héroes.", {"López Mateos", "Niños Héroes"}),
    ("nl", "Op de snelweg naar Morelia werden auto's in brand gestoken.", {"Morelia"}),
    ("en", "A bus was torched on the road to Nogales.", {"Nogales"}),
    # people whose names are also places
    ("en", "Ovidio Guzmán was arrested.", {"Guzmán"}),
    ("es", "Ismael 'El Mayo' Zambada fue detenido.", {"Zambada"}),
    ("en", "Police arrested Victoria Pérez, a local activist.", {"Victoria"}),
    ("es", "El diputado Vicente Guerrero fue asesinado.", {"Guerrero", "Vicente Guerrero"}),
    # reference points and embassies
    ("nl", "Zes agenten stierven in Zapopan naast Guadalajara.", {"Guadalajara"}),
    ("es", "El operativo fue en Tapalpa, a 130 kilómetros al sur de Guadalajara.", {"Guadalajara"}),
    ("en", "The embassy in Mexico City warned that roadblocks continued.", {"Ciudad de México"}),
    # gangs named by where they come from
    ("es", "La disputa por el territorio entre grupos delictivos de Jalisco y Sinaloa en la Sierra de Nayarit ha "
           "obligado a cientos de familias a desplazarse de Huajicori.", {"Jalisco", "Sinaloa"}),
    ("en", "Fighting between criminal groups from Sinaloa and Jalisco forced families to leave Tamazula, Durango.",
     {"Sinaloa", "Jalisco"}),
    ("en", "Gun battles in the border town have led the State Department to warn U.S. citizens against traveling "
           "to Agua Prieta, Sonora. Another gun battle overnight Monday prompted the U.S. Consulate General in "
           "Nogales, Sonora, to caution against travel. The recent firefights have taken place at night, a "
           "statement released Tuesday by the consulate read.", {"Nogales"}),
    # destinations are not where someone died
    ("nl", "Hij stierf terwijl hij naar Mexico-Stad werd gevlogen.", {"Ciudad de México"}),
    # crimes someone is linked to, not where they were caught
    ("es", "En Zacatecas la policía detuvo a dos hombres vinculados a homicidios en Fresnillo y Jerez.",
     {"Fresnillo", "Jerez"}),
    ("en", "Police in Zacatecas arrested two men linked to several murders in Fresnillo and Jerez.",
     {"Fresnillo", "Jerez"}),
    ("nl", "In Zacatecas werden twee mannen opgepakt die betrokken zijn bij moorden in Fresnillo en Jerez.",
     {"Fresnillo", "Jerez"}),
    # where people went shopping or fled to is not where the displacement happened
    ("es", "Los vecinos de Zitlala están desplazados y ya no pueden salir a comprar al municipio de Chilapa.",
     {"Chilapa de Álvarez"}),
    ("en", "Families of Zitlala are displaced; many fled to the town of Chilapa.", {"Chilapa de Álvarez"}),
    ("nl", "Families uit Zitlala zijn ontheemd; velen vluchtten naar de stad Chilapa.", {"Chilapa de Álvarez"}),
    ("es", "Los desplazados de Zitlala llegaron a la cabecera municipal de Chilapa y se instalaron en un albergue.",
     {"Chilapa de Álvarez"}),
    ("en", "The displaced families from Zitlala took refuge in the town of Chilapa.", {"Chilapa de Álvarez"}),
    # the road between two towns
    ("es", "Policías estatales fueron atacados cuando circulaban entre el trayecto de Temósachic y Madera.",
     {"Temósachic", "Madera"}),
    ("en", "State police were ambushed on the stretch between Temósachic and Madera.", {"Temósachic", "Madera"}),
    # a river named like a town
    ("en", "The confrontation occurred Sunday in Miguel Aleman, across the Rio Grande from Roma, Texas.", {"Río Grande"}),
    # regions named after a town
    ("es", "Se registraron enfrentamientos en la región del Istmo de Tehuantepec.", {"Santo Domingo Tehuantepec"}),
    ("en", "Gunmen attacked a police patrol on the Isthmus of Tehuantepec.", {"Santo Domingo Tehuantepec"}),
    ("nl", "Gewapende mannen vielen een patrouille aan in de regio Istmo de Tehuantepec.", {"Santo Domingo Tehuantepec"}),
    # ... and a river basin named after a town
    ("es", "En Loma Bonita, el miércoles pasado en la región de la Cuenca del Papaloapan, fue ejecutado un hombre.",
     {"Papaloapan"}),
    ("en", "In Loma Bonita, in the Papaloapan basin, a man was shot dead on Wednesday.", {"Papaloapan"}),
    ("nl", "In Loma Bonita, in de regio Cuenca del Papaloapan, werd woensdag een man doodgeschoten.", {"Papaloapan"}),
    # the far end of a road, named further on
    ("en", "The attack occurred Saturday in the municipality of Huitzilac, off a highway connecting the capital with "
           "the tourist town of Cuernavaca.", {"Cuernavaca"}),
    ("en", "The clash took place near Salinas Victoria along the highway that connects the Monterrey metropolitan "
           "area with the border city of Nuevo Laredo.", {"Nuevo Laredo"}),
    ("es", "El enfrentamiento ocurrió en Huitzilac, en la carretera que conecta a la capital con la ciudad de "
           "Cuernavaca.", {"Cuernavaca"}),
    # ... roads in the plural, and Dutch with the verb last
    ("en", "The soldiers patrolled the highways connecting Nuevo Laredo with the nearby state of Coahuila.",
     {"Coahuila de Zaragoza"}),
    ("es", "Los soldados patrullaron las carreteras que conectan Nuevo Laredo con el vecino estado de Coahuila.",
     {"Coahuila de Zaragoza"}),
    ("nl", "Bij een vuurgevecht op de weg die Nuevo Laredo met de buurstaat Coahuila verbindt, kwamen drie mensen om.",
     {"Coahuila de Zaragoza"}),
    # ... the towns a road joins told as "the cities of"
    ("es", "Una emboscada en una carretera michoacana que une las ciudades Briseñas y Sahuayo dejó dos muertos.",
     {"Briseñas", "Sahuayo"}),
    ("en", "An ambush on a road linking the cities of Briseñas and Sahuayo, in Michoacán, left two dead.",
     {"Briseñas", "Sahuayo"}),
    ("nl", "Een hinderlaag op een weg in Michoacán die de steden Briseñas en Sahuayo verbindt, eiste twee doden.",
     {"Briseñas", "Sahuayo"}),
    # the capital's outskirts are other towns
    ("en", "Authorities on Thursday discovered eight corpses on the outskirts of Mexico City.", {"Ciudad de México"}),
    ("es", "Las autoridades hallaron ocho cadáveres en las afueras de la Ciudad de México.", {"Ciudad de México"}),
    # a direction from the state's capital
    ("en", "The first gun battle erupted in Zumpango del Rio, north of the state capital of Chilpancingo, and left "
           "four civilians dead.", {"Chilpancingo de los Bravo"}),
    ("es", "El enfrentamiento ocurrió en Zumpango del Río, al norte de la capital del estado, Chilpancingo, y dejó "
           "cuatro muertos.", {"Chilpancingo de los Bravo"}),
    # where a road leads, a neighbouring state
    ("es", "En 2020, el 5 de octubre se localizaron 13 cuerpos sin vida en una carretera que va hacia el estado vecino "
           "de Zacatecas.", {"Zacatecas"}),
    # where gunmen came from
    ("en", "State and local authorities in Piedras Negras arrested 10 gunmen from a drug cartel in Tamaulipas.",
     {"Tamaulipas"}),
    ("en", "Police in Guadalupe arrested a woman and 13 gunmen from Tamaulipas and Jalisco.", {"Tamaulipas", "Jalisco"}),
    # a hamlet named like a state
    ("es", "Mexicali, Baja California.- A la altura del ejido Tamaulipas los sospechosos empezaron a disparar contra "
           "los policías federales.", {"Tamaulipas"}),
    # where a statement came from
    ("en", "The first incident took place around midnight, when an army patrol confronted armed men in the "
           "municipality of Buenavista Tomatlan.\n\nSoldiers killed three gunmen and seized three assault rifles, "
           "according to a statement from 21st Military Zone headquarters in Morelia, the state capital.", {"Morelia"}),
    # the court that issued a warrant
    ("es", "Policías estatales detuvieron a un hombre en Totolac, Tlaxcala. Luego de su detención, se confirmó que contaba "
           "con una orden de aprehensión vigente por el delito de extorsión emitida en Toluca, Estado de México.",
     {"Toluca", "México"}),
    ("es", "Fue detenido en Apizaco, Tlaxcala; tenía una orden de aprehensión girada por un juez de Cuernavaca.", {"Cuernavaca"}),
    ("en", "He was detained in Tijuana. He had been arrested on a warrant issued in Monterrey.", {"Monterrey"}),
    ("nl", "De man werd opgepakt in Tijuana. Hij werd aangehouden op een arrestatiebevel uitgevaardigd in Monterrey.",
     {"Monterrey"}),
]


def _names(record: dict) -> set[str]:
    return {record["location"], record["admin2"], record["admin1"]}


@pytest.mark.parametrize("lang,sentence,forbidden", TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_trap_is_never_an_incident_place(extract, lang: str, sentence: str, forbidden: set[str]) -> None:
    for record in extract(sentence, lang):
        assert not (_names(record) & forbidden), (record["event_type"], record["location"], record["admin1"])


def test_road_places_the_incident_in_the_town_named_with_precision_2(extract) -> None:
    records = extract("Hubo un bloqueo en la salida a Nogales, en Hermosillo.", "es")
    assert [(r["admin2"], r["geo_precision"]) for r in records] == [("Hermosillo", 2)]


def test_cartel_sentence_with_a_real_place_keeps_the_place_only(extract) -> None:
    records = extract("Sinaloa Cartel gunmen attacked a convoy in Culiacán.", "en")
    assert {(r["event_type"], r["admin2"]) for r in records} == {("attack", "Culiacán")}


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Sheinbaum said in Mexico City that 20 people were killed in Culiacán."),
    ("es", "La presidenta dijo en Palacio Nacional que hubo tres muertos en Culiacán."),
    ("nl", "De president zei in Mexico-Stad dat er drie doden vielen in Culiacán."),
])
def test_where_something_was_said_is_not_an_incident_place(extract, lang: str, sentence: str) -> None:
    assert {(r["event_type"], r["admin2"]) for r in extract(sentence, lang)} == {("death", "Culiacán")}


def test_state_of_mexico_is_the_state_not_the_country(extract) -> None:
    records = extract("Gunmen killed five people in the State of Mexico on Sunday.", "en")
    deaths = [r for r in records if r["event_type"] == "death"]
    assert [(r["admin1"], r["geo_precision"], r["fatalities"]) for r in deaths] == [("México", 3, 5)]
    assert {r["admin1"] for r in records} == {"México"}  # the attack too


@pytest.mark.parametrize("lang,sentence", [
    ("en", "In Cajeme, investigators found a pit with bones, some burned, and decomposing bodies."),
    ("es", "En Cajeme hallaron una fosa con restos calcinados y cuerpos quemados."),
    ("nl", "In Cajeme werd een graf met verkoolde resten en verbrande lichamen gevonden."),
])
def test_burned_remains_are_no_arson(extract, lang: str, sentence: str) -> None:
    assert not [r for r in extract(sentence, lang) if r["event_type"] == "arson"]


@pytest.mark.parametrize("lang,text", [
    ("nl", "Kandidaat Noe Ramos Ferretiz werd vrijdag doodgestoken. Ramos voerde campagne in de stad Mante."),
    ("en", "Candidate Noe Ramos Ferretiz was stabbed to death on Friday. Ramos was campaigning in the city of Mante."),
    ("es", "El candidato Noe Ramos Ferretiz fue asesinado el viernes. Ramos hacía campaña en la ciudad de Mante."),
])
def test_a_town_name_used_in_a_person_s_name_is_that_person_later(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and all(r["admin2"] != "Villa de Ramos" for r in records), records


@pytest.mark.parametrize("lang,text", [
    ("nl", "De marine heeft maandag Miguel Angel Treviño gearresteerd. Treviño werd opgepakt in Nuevo Laredo."),
    ("en", "The navy arrested Miguel Angel Treviño on Monday. Treviño was captured in Nuevo Laredo."),
    ("es", "La Marina detuvo el lunes a Miguel Angel Treviño. Treviño fue capturado en Nuevo Laredo."),
])
def test_the_surname_ending_a_person_s_name_is_that_person_later(extract, lang: str, text: str) -> None:
    records = [r for r in extract(text, lang) if r["event_type"] == "arrest"]
    assert records and {r["admin2"] for r in records} == {"Nuevo Laredo"}, records


@pytest.mark.parametrize("lang,text", [
    ("nl", "Agent Pedro Jiménez werd vrijdag gedood. Zeven mensen werden doodgeschoten in Jiménez, Chihuahua."),
    ("en", "Officer Pedro Jiménez was killed on Friday. Seven people were shot dead in Jiménez, Chihuahua."),
    ("es", "El agente Pedro Jiménez fue asesinado el viernes. Siete personas fueron asesinadas en Jiménez, Chihuahua."),
])
def test_a_surname_placed_by_a_preposition_is_still_the_town(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert ("Jiménez", 7) in {(r["admin2"], r["fatalities"]) for r in deaths}, deaths


@pytest.mark.parametrize("lang,text", [
    ("nl", "In de mijn bij Taxco werden twintig lichamen gevonden. Maar Taxco staat bekend om zilver."),
    ("en", "Twenty bodies were found in the mine near Taxco. But Taxco is better known for silver."),
])
def test_a_capitalised_opener_is_no_first_name(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert {r["admin2"] for r in deaths} == {"Taxco de Alarcón"}, deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "El general desmintió que en los municipios de Villa Unión y Nuevo Ideal se hubieran presentado otros "
           "enfrentamientos."),
    ("en", "The general denied that other clashes had taken place in Villa Unión and Nuevo Ideal."),
    ("nl", "De generaal ontkende dat er in Villa Unión en Nuevo Ideal nog meer vuurgevechten waren geweest."),
])
def test_a_denied_clash_is_no_attack(extract, lang: str, text: str) -> None:
    assert not [r for r in extract(text, lang) if r["event_type"] == "attack"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Friday a spray-painted sign threatening death for DEA agents was found in Chihuahua."),
    ("es", "El viernes apareció en Chihuahua una manta con amenazas de muerte contra agentes de la DEA."),
    ("nl", "Vrijdag werd in Chihuahua een spandoek met doodsbedreigingen aan DEA-agenten gevonden."),
])
def test_a_death_threat_is_no_death(extract, lang: str, text: str) -> None:
    assert not [r for r in extract(text, lang) if r["event_type"] == "death"]


@pytest.mark.parametrize("lang,text", [
    ("nl", "Journalist Victor Fernando Álvarez Chávez verdween in Acapulco, Guerrero. Álvarez is de derde journalist "
           "die dit jaar dood is gevonden."),
    ("en", "Journalist Victor Fernando Álvarez Chávez disappeared in Acapulco, Guerrero. Álvarez is the third "
           "journalist found dead this year."),
    ("es", "El periodista Victor Fernando Álvarez Chávez desapareció en Acapulco, Guerrero. Álvarez es el tercer "
           "periodista hallado muerto este año."),
])
def test_every_name_after_a_given_name_is_that_person_later(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert "Colima" not in {r["admin1"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "El 5 de octubre se localizaron 13 cuerpos en una carretera que va hacia el estado de Zacatecas, en Jalisco."),
    ("en", "On October 5, 13 bodies were found on a road that leads to the state of Zacatecas, in Jalisco."),
    ("nl", "Op 5 oktober werden 13 lichamen gevonden aan een weg die naar de staat Zacatecas leidt, in Jalisco."),
])
def test_the_state_a_road_leads_to_is_no_incident_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and "Zacatecas" not in {r["admin1"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "There were at least two shootouts in San Luis Potosí state on national highway 57 between San Luis Potosi "
           "and the city of Matehuala."),
    ("es", "Hubo al menos dos balaceras en el estado de San Luis Potosí, en la carretera federal 57 entre San Luis "
           "Potosí y la ciudad de Matehuala."),
    ("nl", "Er waren minstens twee vuurgevechten in de deelstaat San Luis Potosí, op snelweg 57 tussen San Luis Potosí "
           "en de stad Matehuala."),
])
def test_the_cities_a_highway_stretch_runs_between_are_no_places_of_its_events(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2011-01-22")
    assert records and {(r["admin1"], r["admin2"]) for r in records} == {("San Luis Potosí", None)}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "El asesinato de policías, un hecho que ocurre mayormente en Zacatecas, se repitió este 10 de mayo en el "
           "municipio de Tecomán, Colima."),
    ("en", "The murder of police officers, something that happens mostly in Zacatecas, was repeated on May 10 in the "
           "municipality of Tecomán, Colima."),
    ("nl", "De moord op agenten, iets wat vooral in Zacatecas gebeurt, herhaalde zich op 10 mei in de gemeente "
           "Tecomán, Colima."),
])
def test_where_something_usually_happens_is_no_place_of_the_event(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2023-05-11")
    assert records and {r["admin1"] for r in records} == {"Colima"}, records


@pytest.mark.parametrize("lang,text", [
    ("nl", "Justitie in Jalisco zei dat negentien lichamen werden gevonden in Ixthahuacan, een plaatsje iets ten "
           "oosten van de stad Guadalajara."),
    ("es", "Diecinueve cuerpos fueron hallados en Ixthahuacan, Jalisco, un poblado al oriente de la ciudad de "
           "Guadalajara."),
    ("en", "Jalisco prosecutors said nineteen bodies were found in Ixthahuacan, a hamlet east of the city of "
           "Guadalajara."),
])
def test_a_town_a_place_lies_east_of_is_a_reference_even_as_the_city_of(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and "Guadalajara" not in {r["admin2"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Four men were shot dead in a vehicle parked between the streets of Zumpango and Otumba, in the "
           "municipality of Naucalpan."),
    ("es", "Cuatro hombres fueron asesinados en un vehículo estacionado entre las calles Zumpango y Otumba, en el "
           "municipio de Naucalpan."),
    ("nl", "Vier mannen werden doodgeschoten in een auto in de straten Zumpango en Otumba, in de gemeente Naucalpan."),
])
def test_streets_named_after_towns_are_no_places(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin2"] for r in records} == {"Naucalpan de Juárez"}, records


@pytest.mark.parametrize("text", [
    "En Xalapa, Veracruz, el primer ataque ocurrió en el Camino Antiguo a Naolinco, a la altura del Puente que comunica "
    "a la colonia Predio de la Virgen, donde un grupo de sujetos atacó a un hombre.",
    "En Xalapa, Veracruz, un grupo de sujetos atacó a un hombre junto a la Presa, cerca de la colonia Predio de la Virgen.",
])
def test_a_capitalised_bridge_or_dam_is_no_town_whose_name_holds_it(extract, text: str) -> None:
    """"Puente" alone is a bridge, not Puente Nacional (Veracruz) nor Puente de Ixtla; "la Presa" a dam."""
    records = extract(text, "es", "2015-12-28")
    assert records and {r["admin2"] for r in records} == {"Xalapa"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "La Paz, Baja California Sur.- Policías persiguieron a un vehículo sobre la Colosio, para dar vuelta en "
           "Altamirano; dos sujetos fueron detenidos en la colonia Infonavit Solidaridad."),
    ("es", "La Paz, Baja California Sur.- Policías persiguieron a un vehículo que giró en Altamirano; dos sujetos "
           "fueron detenidos en la colonia Infonavit Solidaridad."),
    ("en", "LA PAZ, Baja California Sur - Police chased a car that turned onto Altamirano; two men were arrested in "
           "the Infonavit Solidaridad neighbourhood."),
])
def test_the_street_a_chased_car_turns_into_is_no_town(extract, lang: str, text: str) -> None:
    """Altamirano is a town of Chiapas and a street of La Paz: a turn in a chase names a street."""
    records = extract(text, lang, "2015-10-24")
    assert records and {r["admin1"] for r in records} == {"Baja California Sur"}, records


@pytest.mark.parametrize("text", [
    "Un taxista fue ejecutado a balazos en Acapulco, frente a la gasolinera Hornos, en plena costera Miguel Alemán.",
    "Un taxista fue ejecutado a balazos en Acapulco, en la privada Guadalupe Victoria de la colonia Progreso.",
    "Un taxista fue ejecutado a balazos en Acapulco, sobre la prolongación Miguel Alemán.",
])
def test_a_street_noun_before_a_town_s_or_person_s_name_makes_no_place_of_it(extract, text: str) -> None:
    # Spanish street nouns ("costera", "privada", "prolongación", "malecón") name an avenue, not Miguel Alemán
    # (Tamaulipas) or Guadalupe Victoria (Durango)
    records = extract(text, "es")
    assert records and {r["admin2"] for r in records} == {"Acapulco de Juárez"}, records


@pytest.mark.parametrize("text,admin2", [
    ("Tuzantla, Mich., 24 de agosto de 2022 - Saldo preliminar de ocho muertos luego de los enfrentamientos a balazos "
     "en pleno Centro de este municipio.", "Tuzantla"),
    ("Hombres armados atacaron a balazos a dos policías en el Centro de Tuzantla, Michoacán.", "Tuzantla"),
    # Tabasco's municipality named as one stays a place
    ("Hombres armados atacaron a balazos a dos policías en el municipio de Centro, Tabasco.", "Centro"),
])
def test_a_town_s_centre_is_not_tabasco_s_municipality_centro(extract, text: str, admin2: str) -> None:
    attacks = [r for r in extract(text, "es", "2022-08-24") if r["event_type"] == "attack"]
    assert attacks and {r["admin2"] for r in attacks} == {admin2}, attacks


@pytest.mark.parametrize("lang,text", [
    ("es", "En el municipio de Teloloapan se suspendieron las clases ante el amago de una banda delictiva que opera en "
           "la zona y hasta los límites del estado de Michoacán."),
    ("en", "Schools were closed in the municipality of Teloloapan, which borders the state of Michoacán, after threats "
           "by a criminal gang."),
    ("nl", "In de gemeente Teloloapan, die grenst aan de staat Michoacán, gingen de scholen dicht na dreigementen van "
           "een bende."),
])
def test_the_state_a_town_borders_or_a_gang_reaches_to_is_no_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang, "2017-12-13")
    assert records and {r["admin1"] for r in records} == {"Guerrero"}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers clashed with gunmen in Tamaulipas. An army patrol was attacked Saturday near the highway that "
           "links Ciudad Victoria, the capital of Tamaulipas, and Mante."),
    ("es", "Militares se enfrentaron con sicarios en Tamaulipas. Una patrulla del Ejército fue atacada el sábado cerca "
           "de la carretera que une Ciudad Victoria, la capital de Tamaulipas, y Mante."),
    ("nl", "Militairen vochten met schutters in Tamaulipas. Een legerpatrouille werd zaterdag aangevallen bij de weg "
           "die Ciudad Victoria, de hoofdstad van Tamaulipas, en Mante verbindt."),
])
def test_the_towns_a_road_links_stay_references_with_an_aside_between(extract, lang: str, text: str) -> None:
    records = extract(text, lang, "2010-12-08")
    assert records and {(r["admin1"], r["admin2"]) for r in records} == {("Tamaulipas", None)}, records


def test_a_drug_cartel_named_after_a_state_is_no_place(extract) -> None:
    # "the Sinaloa drug cartel" as "the Sinaloa cartel": no state-level record in Sinaloa
    assert extract("Soldiers clashed with gunmen of the Sinaloa drug cartel on Monday.", "en", "2013-12-19") == []


def test_where_a_cartel_operates_is_no_place_of_the_story(extract) -> None:
    text = ("A suspected member of the Zetas cartel who operated in Veracruz was arrested yesterday in the port city of "
            "Coatzacoalcos.\n\nNavy marines were alerted when they saw the suspect driving above the speed limit.\n\n"
            "The marines found about 42 doses of a substance that looked like methamphetamine.\n\n"
            "A check on the driver indicated he was probably a member of the Zetas cartel operating in the "
            "municipalities of Las Choapas and Agua Dulce.")
    records = extract(text, "en", "2019-05-27")
    assert records and {r["admin2"] for r in records} == {"Coatzacoalcos"}, records


def test_a_prison_named_after_a_town_in_another_town_is_no_place(extract) -> None:
    records = extract("A guard at the Aquiles Serdan prison in Chihuahua city was killed by gunmen on Saturday.", "en")
    assert records and {(r["admin1"], r["admin2"]) for r in records} == {("Chihuahua", "Chihuahua")}, records


def test_a_month_after_a_prison_is_no_town_it_stands_in(extract) -> None:
    records = extract("A riot in Durango prison in March left seven inmates dead.", "en",
                      date="2010-01-21")
    assert {(r["event_type"], r["admin1"], r["event_date"], r["fatalities"]) for r in records} >= {
        ("death", "Durango", "2009-03-01", 7)}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "The bodies were found in the township of Isla, Veracruz, near the crime-plagued port of Coatzacoalcos."),
    ("es", "Los cuerpos fueron hallados en el municipio de Isla, Veracruz, cerca del violento puerto de Coatzacoalcos."),
])
def test_a_town_near_which_the_place_lies_is_a_reference_even_as_the_port_of(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin2"] for r in records} == {"Isla"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Un tiroteo en Zitácuaro se saldó con una decena de muertos y 15 heridos que ya han sido trasladados a "
           "los hospitales de Toluca y Morelia."),
    ("en", "A shootout in Zitácuaro left ten dead and 15 wounded, who were rushed to hospitals in Toluca and Morelia."),
    ("nl", "Bij een vuurgevecht in Zitácuaro vielen tien doden; vijftien gewonden werden overgebracht naar de "
           "ziekenhuizen van Toluca en Morelia."),
])
def test_hospitals_the_wounded_were_taken_to_are_no_places(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin2"] for r in records} == {"Zitácuaro"}, records
    assert {r["fatalities"] for r in records if r["event_type"] == "death"} == {10}, records


@pytest.mark.parametrize("text", [
    "Agentes del Ministerio Público de Texmelucan tomaron conocimiento del hallazgo de dos cuerpos en Tlalancaleca.",
    "Dos cuerpos fueron hallados en Tlalancaleca; al lugar acudió un agente del Ministerio Público de Texmelucan.",
])
def test_the_prosecutors_office_a_town_names_is_no_place(extract, text: str) -> None:
    assert {r["admin2"] for r in extract(text, "es")} == {"San Matías Tlalancaleca"}


@pytest.mark.parametrize("text,town", [
    ("A shootout in a Guadalajara bar left two dead.", "Guadalajara"),
    ("A shootout at the Jalisco bar in Celaya left two dead.", "Celaya"),
    ("Gunmen opened fire in a Tijuana restaurant in Mexicali on Sunday, killing two.", "Mexicali"),
])
def test_a_bar_named_after_a_place_is_no_place_but_a_towns_bar_is_there(extract, text: str, town: str) -> None:
    assert {r["admin2"] for r in extract(text, "en")} == {town}


@pytest.mark.parametrize("lang,text", [
    ("en", "At a checkpoint in Valladolid, Yucatán, officers stopped a vehicle authorized as a taxi from Quintana Roo "
           "and arrested three people."),
    ("es", "En un retén de Valladolid, Yucatán, agentes detuvieron a tres personas que viajaban en una camioneta "
           "procedente de Quintana Roo."),
    ("nl", "Bij een controlepost in Valladolid, Yucatán, hielden agenten drie mensen aan in een busje afkomstig uit "
           "Quintana Roo."),
])
def test_where_a_vehicle_came_from_is_no_place(extract, lang: str, text: str) -> None:
    assert {r["admin1"] for r in extract(text, lang)} == {"Yucatán"}


@pytest.mark.parametrize("lang,text", [
    ("en", "The head of the Juarez cartel was captured at his ranch in the village of Villa Ahumada, about 120 "
           "kilometers (75 miles) from the border city of Ciudad Juarez."),
    ("es", "El jefe del cártel fue capturado en su rancho de Villa Ahumada, a unos 120 kilómetros de la ciudad "
           "fronteriza de Ciudad Juárez."),
    ("nl", "De kartelbaas werd opgepakt op zijn ranch in Villa Ahumada, zo'n 120 kilometer van de grensstad Ciudad "
           "Juárez."),
])
def test_a_town_a_distance_is_measured_from_is_no_place(extract, lang: str, text: str) -> None:
    assert {r["admin2"] for r in extract(text, lang)} == {"Ahumada"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Dos cuerpos fueron encontrados en Chilpancingo, Guerrero, estado donde se encuentra la ciudad de Acapulco."),
    ("en", "Two bodies were found in Chilpancingo, Guerrero, the state where the city of Acapulco is located."),
    ("nl", "In Chilpancingo, Guerrero, de staat waar de stad Acapulco ligt, werden twee lichamen gevonden."),
])
def test_a_famous_town_a_state_holds_is_no_place(extract, lang: str, text: str) -> None:
    assert {r["admin2"] for r in extract(text, lang)} == {"Chilpancingo de los Bravo"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Una joven murió después de que hombres armados dispararon contra el vehículo en el que viajaba con su "
           "familia, con dirección a la ciudad de Monterrey, Nuevo León."),
    ("es", "Hombres armados atacaron la camioneta de una familia que iba rumbo a la ciudad de Monterrey."),
    ("en", "A young woman died after gunmen fired on the car in which she was travelling with her family to the city "
           "of Monterrey."),
])
def test_where_the_victims_were_heading_is_no_place(extract, lang: str, text: str) -> None:
    assert "Monterrey" not in {r["admin2"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Un hombre fue asesinado en Huichapan. El crimen generó una intensa movilización de cuerpos de seguridad "
           "para intentar dar con el paradero de los agresores que huyeron con rumbo hacia Querétaro."),
    ("en", "A man was killed in Huichapan. The crime set off a large deployment of security forces to find the "
           "attackers, who drove off in the direction of Querétaro."),
    ("nl", "Een man werd vermoord in Huichapan. De misdaad leidde tot een grote inzet van veiligheidstroepen om de "
           "daders te vinden, die richting Querétaro reden."),
])
def test_where_the_attackers_went_is_no_place(extract, lang: str, text: str) -> None:
    # "con rumbo hacia Querétaro": where they went, not where the search was
    assert {r["admin2"] for r in extract(text, lang)} == {"Huichapan"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Militares fueron agredidos con armas de fuego en el camino que conduce de Lerdo a Tlahualilo, Durango."),
    ("en", "Soldiers were attacked on the road that runs from Lerdo to Tlahualilo, Durango."),
    ("es", "Dos policías fueron asesinados mientras circulaban en la carretera federal 49, entre los municipios de "
           "Lerdo y Tlahualilo, Durango."),
    ("en", "Two police officers were shot dead on federal highway 49, between the municipalities of Lerdo and "
           "Tlahualilo, Durango."),
    ("nl", "Twee agenten werden doodgeschoten op de snelweg tussen de gemeenten Lerdo en Tlahualilo, Durango."),
    ("es", "Dos policías fueron asesinados en la carretera federal 49 que comunica a los municipios de Lerdo y "
           "Tlahualilo, Durango."),
    ("en", "Two police officers were shot dead on the highway linking Lerdo and Tlahualilo, Durango."),
])
def test_the_towns_a_road_runs_between_are_no_places(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {(r["admin1"], r["admin2"]) for r in records} == {("Durango", None)}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Dos mujeres fueron asesinadas en la comunidad de Maycoba del municipio de Yécora, en el área limítrofe "
           "con el vecino estado de Chihuahua."),
    ("en", "Two women were killed in the community of Maycoba in the municipality of Yécora, bordering the state "
           "of Chihuahua."),
    # the state a town borders, in a later sentence: not the article's state either
    ("es", "Dos mujeres fueron asesinadas en Yécora. Es uno de los municipios de la línea fronteriza con Chihuahua."),
    ("es", "Dos mujeres fueron asesinadas en Yécora. El municipio está en la frontera con Chihuahua."),
])
def test_a_state_named_as_a_border_is_no_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin1"] for r in records} == {"Sonora"}, records


def test_the_oil_company_is_no_place(extract) -> None:
    records = extract("Seven gunmen were killed in a clash with soldiers near the Pemex installation in Reynosa, "
                      "Tamaulipas.", "en")
    assert records and {r["admin2"] for r in records} == {"Reynosa"}, records
    assert extract("Seven gunmen were killed near the Pemex installation.", "en") == []


@pytest.mark.parametrize("lang,text", [
    ("es", "Un policía murió en un enfrentamiento en Juárez, Coahuila. Ante el enfrentamiento, las ambulancias de la "
           "Cruz Roja transportaron a los policías heridos a la ciudad de Sabinas."),
    ("en", "A police officer died in a clash in Juárez, Coahuila. After the shootout, Red Cross ambulances "
           "transported the wounded officers to the city of Sabinas."),
])
def test_the_town_the_wounded_were_transported_to_is_no_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2022-12-14")
    assert records and "Sabinas" not in {r["admin2"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of families have fled this Pueblo Magico amid reported death threats from cartel gunmen.\n\nAbout "
           "300 people are seeking shelter in nearby Miguel Alemán, Tamaulipas."),
    ("es", "Cientos de familias huyeron de este Pueblo Mágico por amenazas de muerte de pistoleros del cártel.\n\n"
           "Unas 300 personas buscan refugio en la cercana Miguel Alemán, Tamaulipas."),
])
def test_where_people_seek_shelter_is_no_place_of_what_they_fled(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2010-11-10")
    assert "Miguel Alemán" not in {r["admin2"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Dos hombres fueron asesinados en Tlaxco. Los cuerpos fueron levantados y trasladados al anfiteatro de "
           "Apizaco, donde se les practicará la necropsia."),
    ("es", "La policía de Tlaxco detuvo a un hombre, antes de su traslado final al penal de mediana seguridad de "
           "Apizaco."),
    ("en", "Two men were shot dead in Tlaxco. The bodies were later taken to the morgue of Apizaco for autopsies."),
    ("nl", "In Tlaxco werden twee mannen doodgeschoten. De lichamen werden overgebracht naar het mortuarium van "
           "Apizaco."),
    # ... named with its town's noun
    ("es", "Dos hombres fueron asesinados en Tlaxco. Los cuerpos, decapitados, fueron trasladados al Servicio Médico "
           "Forense del municipio de Apizaco."),
    ("en", "Two men were shot dead in Tlaxco. The beheaded bodies were taken to the morgue in the city of Apizaco."),
    ("nl", "In Tlaxco werden twee mannen doodgeschoten. De onthoofde lichamen werden naar het mortuarium in de stad "
           "Apizaco gebracht."),
])
def test_a_facility_someone_was_taken_to_is_no_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin2"] for r in records} == {"Tlaxco"}, records


def test_a_hospital_where_the_victim_died_is_the_place_of_the_death(extract) -> None:
    text = ("Según testigos, la mujer herida fue llevada al Hospital General de la ciudad de Apizaco, donde "
            "falleció.")
    assert ("death", "Apizaco") in {(r["event_type"], r["admin2"]) for r in extract(text, "es")}


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tepic, los delincuentes usaron poncha-llantas para bloquear carreteras entre San Blas, Nayarit y "
           "Villa Hidalgo, Jalisco."),
    ("en", "In Tepic, gunmen blocked roads between San Blas, Nayarit and Villa Hidalgo, Jalisco."),
    ("nl", "In Tepic blokkeerden gewapende mannen snelwegen tussen San Blas, Nayarit en Villa Hidalgo, Jalisco."),
])
def test_the_towns_roads_run_between_are_no_places(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin2"] for r in records} == {"Tepic"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "El viernes fueron hallados los cuerpos sin vida de tres hombres en Tepeyahualco, en la región de Libres."),
    ("es", "El viernes fueron hallados los cuerpos sin vida de tres hombres en Tepeyahualco (zona de Libres), Puebla."),
    ("en", "On Friday the bodies of three men were found in Tepeyahualco, in the region of Libres."),
])
def test_a_region_named_after_a_town_after_a_place_is_a_reference(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin2"] for r in records} == {"Tepeyahualco"}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "The Jalisco cartel has attacked police in Aguililla."),
    ("en", "Troops seized six rifles in Aguililla, Michoacán. The Sinaloa cartels have fought there for years."),
])
def test_a_cartel_named_after_a_state_in_lower_case_is_no_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin2"] for r in records} == {"Aguililla"}, records


@pytest.mark.parametrize("lang,text,town", [
    ("en", "Police in Culiacan said gunmen killed three men in Navolato.", "Navolato"),
    ("en", "The journalist, who worked for a newspaper in Culiacan, was killed in Navolato.", "Navolato"),
    ("es", "El periodista, quien trabajaba para un diario en Culiacán, fue asesinado en Navolato.", "Navolato"),
    ("en", "Soldiers from the base in Apatzingan were ambushed near Aguililla.", "Aguililla"),
    ("en", "Police found the body of a man reported missing in Tijuana in a ravine in Tecate.", "Tecate"),
    # Dutch puts the verb last
    ("nl", "De Belg, die een verblijfsvergunning had en in Culiacán werkte, werd in Navolato vermoord.", "Navolato"),
    ("nl", "De journalist, die voor een krant in Culiacán werkte, werd in Navolato doodgeschoten.", "Navolato"),
])
def test_a_source_a_workplace_a_base_and_where_someone_went_missing_are_no_event_places(
        extract, lang: str, text: str, town: str) -> None:
    assert {r["admin2"] for r in extract(text, lang)} == {town}


def test_police_in_a_town_said_without_another_place_keep_the_town(extract) -> None:
    assert {r["admin2"] for r in extract("Police in Culiacan said gunmen killed three men.", "en")} == {"Culiacán"}


def test_a_seat_named_in_passing_does_not_trap_a_later_clauses_place(extract) -> None:
    text = "Elementos de la Fiscalía con sede en Uruapan detuvieron a dos hombres en Paracho."
    assert {(r["event_type"], r["admin2"]) for r in extract(text, "es")} == {("arrest", "Paracho")}


@pytest.mark.parametrize("lang,text", [
    ("es", "Castillo Cervantes atribuyó al segundo grupo –que opera desde hace ocho meses en la entidad– las ejecuciones "
           "de tres policías perpetradas en Atizapán de Zaragoza el 10 de febrero pasado."),
    ("en", "The prosecutor blamed the group — which operates in the state — for the killings of three police officers "
           "in Atizapán de Zaragoza on February 10."),
    ("nl", "De aanklager schreef de groep – die actief in de staat is – de moorden op drie agenten in Atizapán de "
           "Zaragoza op 10 februari toe."),
])
def test_where_a_group_operates_told_in_an_aside_traps_nothing_after_it(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, "2011-02-16") if r["event_type"] == "death"]
    assert {(r["admin2"], r["fatalities"]) for r in deaths} == {("Atizapán de Zaragoza", 3)}, deaths


def test_natives_of_a_states_cities_stay_trapped(extract) -> None:
    text = "Eight of the nine arrested are natives of the Sonora cities of Navojoa, Nogales, Cajeme and Huatabampo."
    assert not {r["admin2"] for r in extract(text, "en")} & {"Navojoa", "Nogales", "Cajeme", "Huatabampo"}


@pytest.mark.parametrize("lang,text,town", [
    ("es", "Localizan tres cuerpos en calles de Celaya.", "Celaya"),
    ("en", "Gunmen killed three people on the streets of Celaya.", "Celaya"),
])
def test_a_citys_streets_are_the_city(extract, lang: str, text: str, town: str) -> None:
    assert {r["admin2"] for r in extract(text, lang)} == {town}


def test_streets_named_after_towns_stay_trapped(extract) -> None:
    records = extract("El cuerpo de un hombre quedó entre las calles de Zumpango y Otumba.", "es")
    assert not {r["admin2"] for r in records} & {"Zumpango", "Otumba"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed five people at the Jalisco bar in Celaya."),
    ("es", "Hombres armados asesinaron a cinco personas en la taquería Los Sinaloenses de Celaya."),
])
def test_a_venue_named_after_a_state_is_no_place(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [(r["admin1"], r["admin2"], r["fatalities"]) for r in deaths] == [("Guanajuato", "Celaya", 5)], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "El exalcalde fue detenido en Coxquihui el pasado 23 de enero, acusado de estar implicado en un homicidio en "
           "Puebla."),
    ("en", "The former mayor was arrested in Coxquihui on January 23, accused of involvement in a murder in Puebla."),
    ("nl", "De oud-burgemeester werd op 23 januari in Coxquihui opgepakt, verdacht van betrokkenheid bij een moord in "
           "Puebla."),
])
def test_where_a_charged_crime_happened_is_no_place_of_the_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2025-04-25")
    assert "Puebla" not in {r["admin1"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "According to the 8th Military Zone in Reynosa, the Zetas also attacked a military patrol along the Riberena "
           "highway in Miguel Aleman."),
    ("es", "De acuerdo con la Zona Militar con sede en Reynosa, los Zetas también atacaron una patrulla militar en "
           "Miguel Alemán."),
])
def test_where_a_military_zone_sits_is_no_event_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2011-04-22")
    assert "Reynosa" not in {r["admin2"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers arrested five men in Culiacán, Sinaloa. The detainees, weapons and apparent drugs were turned "
           "over to organised crime prosecutors in Mexico City."),
    ("es", "Militares detuvieron a cinco hombres en Culiacán, Sinaloa. Los detenidos fueron entregados a la FGR en la "
           "Ciudad de México."),
    ("nl", "Militairen arresteerden vijf mannen in Culiacán, Sinaloa. De arrestanten werden overgeleverd aan het OM in "
           "Mexico-Stad."),
])
def test_where_the_detained_are_turned_over_is_no_place_of_the_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang, "2014-03-09")
    assert {r["admin1"] for r in records} == {"Sinaloa"}, [(r["event_type"], r["location"]) for r in records]


@pytest.mark.parametrize("lang,sentence", [
    ("es", "La Procuraduría General de Justicia de Coahuila dio a conocer que militares fueron emboscados en la colonia "
           "Pípila, de Monclova."),
    ("es", "La Secretaría de Seguridad Pública de Coahuila informó que militares fueron emboscados en Monclova."),
    ("en", "The Procuraduría General de Justicia of Coahuila said soldiers were ambushed in the Pípila neighborhood of "
           "Monclova."),
    ("nl", "De Procuraduría General de Justicia van Coahuila meldde dat militairen in Monclova in een hinderlaag liepen."),
])
def test_the_state_of_an_authority_that_tells_is_no_place(extract, lang: str, sentence: str) -> None:
    # the prosecutor's office names its state, the sentence names the town: the town
    records = extract(sentence, lang, date="2013-02-28")
    assert records and {r["admin2"] for r in records} == {"Monclova"}, records


@pytest.mark.parametrize("lang,text,trap", [
    ("es", "Tres de los agentes fallecidos estaban adscritos en Tehuacán y Ajalpan, pero fueron concentrados al "
           "operativo en Chignahuapan, Puebla.", {"Tehuacán", "Ajalpan"}),
    ("es", "Al lugar arribaron militares destacados en el Precos de Villa Unión tras el ataque en Concordia, Sinaloa.",
     {"Villa Unión"}),
    ("en", "Soldiers stationed in Reynosa clashed with gunmen in Gustavo Díaz Ordaz, Tamaulipas.", {"Reynosa"}),
])
def test_where_forces_are_posted_is_no_place_of_the_event(extract, lang: str, text: str, trap: set[str]) -> None:
    records = extract(text, lang, "2020-08-29")
    assert records and not {r["location"] for r in records} & trap, records


@pytest.mark.parametrize("lang,text,town", [
    ("en", "The shootout took place this week near the town of Diaz Ordaz which is just 30 miles west of the border "
           "city of Reynosa, the Tamaulipas government said.", "Gustavo Díaz Ordaz"),
    ("es", "La balacera ocurrió en Gustavo Díaz Ordaz, al poniente de la ciudad fronteriza de Reynosa, Tamaulipas.",
     "Gustavo Díaz Ordaz"),
    ("nl", "Het vuurgevecht vond plaats in Gustavo Díaz Ordaz, ten westen van de grensstad Reynosa in Tamaulipas.",
     "Gustavo Díaz Ordaz"),
])
def test_a_border_city_a_place_lies_west_of_is_a_reference(extract, lang: str, text: str, town: str) -> None:
    records = extract(text, lang, "2014-12-20")
    assert records and {r["admin2"] for r in records} == {town}, records


@pytest.mark.parametrize("text,town", [
    ("El cuerpo sin vida de una persona fue localizado este sábado en el parque del Malecón, al norte de Tapachula.",
     "Tapachula"),
    ("Un ataque armado en la colonia Adolfo de la Huerta, al sur de Hermosillo, dejó como saldo un muerto.",
     "Hermosillo"),
])
def test_a_spanish_bearing_after_a_comma_tells_the_part_of_the_town(extract, text: str, town: str) -> None:
    # Without a distance, ", al norte de X" after a park or a colonia says where in X it lies.
    records = extract(text, "es", "2026-03-08")
    assert records and {(r["admin2"], r["geo_precision"]) for r in records} == {(town, 2)}, records


def test_a_spanish_bearing_with_a_distance_stays_a_reference(extract) -> None:
    records = extract("El cuerpo sin vida de una persona fue localizado en el parque del Malecón, a 15 kilómetros "
                      "al norte de Tapachula, Chiapas.", "es", "2026-03-08")
    assert records and "Tapachula" not in {r["admin2"] for r in records}, records


def test_a_town_southwest_of_a_city_in_spanish_compass_words_is_not_that_city(extract) -> None:
    records = extract("Un enfrentamiento paralizó la actividad en San Pedro Garza García, municipio ubicado al "
                      "surponiente de Monterrey.", "es", "2011-02-03")
    assert records and "Monterrey" not in {r["location"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed three detectives at a restaurant in Acámbaro, Guanajuato, near the border with the "
           "violence-plagued state of Michoacán."),
    ("es", "Sicarios mataron a tres agentes en un restaurante de Acámbaro, Guanajuato, cerca de la frontera con el "
           "convulso estado de Michoacán."),
    ("nl", "Schutters doodden drie agenten in een restaurant in Acámbaro, Guanajuato, vlak bij de grens met de "
           "onrustige deelstaat Michoacán."),
])
def test_a_state_across_the_border_with_an_adjective_is_no_place_of_the_event(extract, lang: str, text: str) -> None:
    records = extract(text, lang, "2008-05-19")
    assert records and {r["admin1"] for r in records} == {"Guanajuato"}, records


@pytest.mark.parametrize("lang,text,turf", [
    ("en", "Officials said Alfredo Aleman Narvaez, the purported Zetas chief in the central state of San Luis Potosi, "
           "was captured two days prior in Fresnillo, Zacatecas.", "San Luis Potosí"),
    ("en", "Soldiers killed the local head of the Gulf Cartel in the border city of Nuevo Progreso during a clash in "
           "Reynosa, Tamaulipas.", "Nuevo Progreso"),
    ("es", "Militares detuvieron en Fresnillo, Zacatecas, al jefe de plaza de Los Zetas en San Luis Potosí.",
     "San Luis Potosí"),
    ("es", "Ángel Toscazo, identificado como jefe de La Familia en los municipios de Almoloya de Juárez y Zinacantepec, "
           "fue detenido en Toluca, Estado de México.", "Almoloya de Juárez"),
])
def test_a_cartel_bosss_turf_is_no_place_of_his_arrest_or_death(extract, lang: str, text: str, turf: str) -> None:
    records = extract(text, lang, "2011-11-18")
    assert records and turf not in {r["location"] for r in records}, records


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Gunmen killed a state police chief in the border city of Nogales, Sonora.", "Nogales"),
    ("es", "Militares capturaron a un presunto líder del grupo delictivo Los Zetas en San Luis Potosí.",
     "San Luis Potosí"),
])
def test_a_police_chief_killed_in_a_city_or_a_leader_caught_there_stays_there(extract, lang: str, text: str,
                                                                              place: str) -> None:
    records = extract(text, lang, "2011-11-18")
    assert place in {r["location"] for r in records}, records


def test_a_newspaper_named_with_its_town_is_no_place(extract) -> None:
    records = extract("A woman was shot dead in Villa Ahumada, Chihuahua, according to newspaper Norte in Ciudad "
                      "Juárez.", "en", "2017-03-24")
    assert records and "Ciudad Juárez" not in {r["location"] for r in records}, records


def test_where_one_victim_lives_is_no_place_of_the_event(extract) -> None:
    records = extract("Tamez, a resident of the municipality of China, was kidnapped Friday near General Bravo, "
                      "Nuevo León.", "en", "2025-03-10")
    assert records and "China" not in {r["location"] for r in records}, records


def test_plates_with_their_number_before_the_state_name_where_the_car_was_registered(extract) -> None:
    records = extract("En Tulum, Quintana Roo, sicarios en una camioneta con placas de circulación LZM-22-91 del estado "
                      "de México atacaron a un hombre.", "es", "2011-03-02")
    assert records and {r["admin1"] for r in records} == {"Quintana Roo"}, records


def test_an_authority_of_two_towns_names_neither_as_the_place(extract) -> None:
    records = extract("Elementos de la Secretaría de Seguridad Pública Municipal de Querétaro y de Corregidora detuvieron "
                      "a cuatro hombres.", "es", "2024-03-02")
    assert "Corregidora" not in {r["location"] for r in records}, records


@pytest.mark.parametrize("lang,text,place,trap", [
    ("es", "Los dos ingenieros fueron privados de su libertad en Comitán, Chiapas, cuando regresaban de verificar la "
           "construcción de obras en el municipio de Motozintla.", "Comitán de Domínguez", "Motozintla"),
    ("en", "Gunmen kidnapped the police chief in Janos, Chihuahua, as they were returning from a meeting in Casas "
           "Grandes.", "Janos", "Casas Grandes"),
    ("nl", "Gewapende mannen ontvoerden de politiechef in Janos, Chihuahua, toen ze terugkeerden van een vergadering in "
           "Casas Grandes.", "Janos", "Casas Grandes"),
    ("es", "Hombres armados atacaron a una familia que regresaba de Culiacán en Navolato, Sinaloa.", "Navolato",
     "Culiacán"),
])
def test_where_people_were_coming_back_from_is_no_place_of_the_event(extract, lang: str, text: str, place: str,
                                                                      trap: str) -> None:
    records = extract(text, lang, "2011-05-14")
    assert place in {r["location"] for r in records} and trap not in {r["location"] for r in records}, records


@pytest.mark.parametrize("text,trapped", [
    ("Dos policías fueron emboscados cuando transitaban por la carretera federal número 23, que conduce al municipio "
     "de Jerez, en Fresnillo.", "Jerez"),
    ("Quemaron un camión a la altura del puente Morelia, en Tacotalpa.", "Morelia"),
    ("Quemaron un camión en la glorieta Colón, en Tacotalpa.", "Colón"),
])
def test_a_road_s_destination_and_a_bridge_s_name_are_no_place(extract, text: str, trapped: str) -> None:
    records = extract(text, "es", date="2024-11-03")
    assert records and trapped not in {r["admin2"] for r in records}, records


@pytest.mark.parametrize("lang,text,town", [
    ("es", "La fiscalía tomó el control de la policía municipal de Ocotlán, sobre la misma ribera del lago de Chapala.",
     "Ocotlán"),
    ("en", "One man was killed in a gun battle in Tamaulipas state between armed suspects and an army patrol on Friday.\n\n"
           "A Mexican Army patrol came under small arms fire from armed suspects in Santa Apolonia ejido near gaps leading "
           "to the village of Empalme around noon, sparking a three hour gunfight.", "Río Bravo"),
])
def test_a_lake_and_a_track_s_destination_are_no_place(extract, lang: str, text: str, town: str) -> None:
    # the lake of Chapala, and Empalme of Sonora: neither is where it happened
    records = extract(text, lang, date="2012-03-17")
    assert records and {r["admin2"] for r in records if r["geo_precision"] < 3} == {town}, records


@pytest.mark.parametrize("lang,text,trapped", [
    ("en", "Marines clashed with gunmen in Nuevo Laredo, Tamaulipas; the shooting continued in the area near the state of "
           "Nuevo Leon.",
     "Nuevo León"),
    ("es", "Trasladan a los seis detenidos en Tlaxcala a un Cefereso en Michoacán.", "Michoacán de Ocampo"),
])
def test_a_neighbouring_state_and_a_prison_s_state_are_no_place(extract, lang: str, text: str, trapped: str) -> None:
    records = extract(text, lang, date="2015-07-05")
    assert records and trapped not in {r["admin1"] for r in records}, records


def test_a_region_inside_a_municipality_is_no_town(extract) -> None:
    records = extract("Durango, Dgo., 12 de agosto. Habitantes de la comunidad La Lagunita, en la región de La Barranca del "
                      "municipio de Pueblo Nuevo, "
                      "abandonaron el poblado ante la violencia.", "es", date="2010-08-12")
    assert records and {r["admin2"] for r in records} == {"Pueblo Nuevo"}, records


@pytest.mark.parametrize("lang,text,trapped", [
    ("es", "Autoridades confirmaron el hallazgo de 16 cuerpos en un predio de un poblado situado cerca de Cancún, Quintana "
           "Roo.", "Benito Juárez"),
    ("es", "Las agresiones se vivieron en la sindicatura de Adolfo Ruiz Cortines, la cual se ubica muy cerca del poblado de "
           "Juan José Ríos.", "Juan José Ríos"),
    ("es", "En el trayecto a Culiacán, los escoltas fueron emboscados cerca de la entrada a la ciudad de Guasave.",
     "Culiacán"),
    ("en", "On their way to Culiacán, the escorts were ambushed near the entrance to the city of Guasave.", "Culiacán"),
    # a bearing from a capital named with its state before it
    ("en", "Decomposed bodies were found in a house in Coeneo, a township west of the Michoacán state capital of Morelia.",
     "Morelia"),
    # the seat of the unit that did it, a capital named by its state's adjective
    ("es", "La 21 Zona Militar con sede en la capital michoacana realizó operativos en el municipio de Tuzantla, donde se "
           "aseguraron armas.", "Morelia"),
])
def test_a_town_a_hamlet_lies_near_and_a_trip_s_end_are_no_place(extract, lang: str, text: str, trapped: str) -> None:
    records = extract(text, lang, date="2025-01-10")
    assert trapped not in {r["admin2"] for r in records} | {r["location"] for r in records}, records


@pytest.mark.parametrize("text,town", [
    ("In Ensenada, the C-4 reported a shootout in Palenque called Poker, where three people died.", "Ensenada"),
    ("Gunmen attacked a police station in Palenque, Chiapas.", "Palenque"),
])
def test_a_cockfight_pit_named_palenque_is_no_town(extract, text: str, town: str) -> None:
    records = extract(text, "en", date="2016-06-01")
    assert records and {r["admin2"] for r in records} == {town}, records


@pytest.mark.parametrize("text,trapped", [
    ("Suspendieron clases este viernes en las escuelas Guadalupe Victoria y Lázaro Cárdenas, situadas en el municipio "
     "de Cuautepec, después de una balacera.", "Lázaro Cárdenas"),
    ("Tras la balacera, la primaria Benito Juárez suspendió clases en el municipio de Cuautepec.", "Benito Juárez"),
])
def test_a_school_named_after_a_person_is_no_town(extract, text: str, trapped: str) -> None:
    records = extract(text, "es", date="2018-11-23")
    assert records and {r["admin2"] for r in records} == {"Cuautepec de Hinojosa"}, records
    assert trapped not in {r["location"] for r in records}, records


@pytest.mark.parametrize("lang,text,town,trapped", [
    # a street named after a person, then the town it runs through
    ("es", "Dos hombres fueron asesinados a balazos en el bulevar Everardo Márquez de Pachuca, Hidalgo, la noche del "
           "sábado.", "Pachuca de Soto", None),
    ("es", "Tres personas murieron en un ataque en el bulevar Adolfo Ruiz Cortines de León, Guanajuato.", "León", None),
    ("es", "Un hombre fue asesinado en la calle Niños Héroes de Sabinas, Coahuila.", "Sabinas", None),
    # (guards) one word before "de" is the street's own name, and a road's ends stay no place
    ("es", "Un hombre fue asesinado en la calle Salto de Durango, en la colonia Centro de Culiacán, Sinaloa.", "Culiacán",
     "Durango"),
    ("es", "Emboscan a policías en el Camino a Villa de Santiago, en Monterrey, Nuevo León.", "Monterrey", "Santiago"),
])
def test_the_town_after_a_street_named_after_a_person_is_the_place(extract, lang: str, text: str, town: str,
                                                                    trapped: str | None) -> None:
    records = extract(text, lang, date="2023-03-06")
    assert records and {r["admin2"] for r in records} == {town}, records
    if trapped is None:  # a street in the town
        assert all(r["geo_precision"] == 2 for r in records), records
    else:
        assert trapped not in {r["location"] for r in records}, records


@pytest.mark.parametrize("lang,text,town,trapped", [
    # the hospital town where a wounded man died later is no place of the attack
    ("en", "Gunmen attacked police in Guaymas. One officer died later at a hospital in the state capital of Hermosillo.",
     "Guaymas", "Hermosillo"),
    ("nl", "Schutters vielen agenten aan in Guaymas. Een agent overleed later in een ziekenhuis in Hermosillo.",
     "Guaymas", "Hermosillo"),
    # the states the displaced took refuge in
    ("es", "Los desplazados de Coyuca de Catalán se han refugiado en otras localidades, así como en los estados de "
           "Morelos, Nuevo León y Aguascalientes.", "Coyuca de Catalán", "Morelos"),
    # (a guard: the English refuge was read before)
    ("en", "Hundreds of people fled the violence in Coyuca de Catalán; many families have taken refuge in other towns and "
           "in the states of Morelos and Nuevo León.", "Coyuca de Catalán", "Morelos"),
    # where the displaced went back to
    ("es", "Desplazados del poblado de Zihuaquio, municipio de Coyuca de Catalán, regresaron nuevamente a la comunidad "
           "de Vallecitos de Zaragoza, después de recibir amenazas del CJNG.", "Coyuca de Catalán", "Vallecitos de Zaragoza"),
    # a neighbouring state in the plural
    ("es", "Policías se enfrentaron a pistoleros en Sahuayo y Jiquilpan, municipios colindantes con el estado de Jalisco.",
     "Sahuayo", "Jalisco"),
    # the zone along a state line, set off by a comma
    ("es", "Habitantes de la Zona Limítrofe, entre los estados de Quintana Roo y Campeche, denunciaron ejecuciones en "
           "Bacalar.", "Bacalar", "Campeche"),
    # two states named as a border: the town says where
    ("es", "Al menos cuatro cuerpos fueron hallados cerca de la plaza textil de Cuitzeo, en los límites entre Michoacán "
           "y Guanajuato.", "Cuitzeo", "Guanajuato"),
])
def test_a_hospital_town_a_refuge_and_a_neighbour_are_no_place(extract, lang: str, text: str, town: str,
                                                             trapped: str) -> None:
    records = extract(text, lang, date="2021-03-16")
    assert town in {r["location"] for r in records}, records
    assert trapped not in {r["location"] for r in records} | {r["admin1"] for r in records}, records


def test_killings_reported_again_are_where_they_are_reported(extract) -> None:
    # (a guard: "se volvieron a reportar en" is "again", no going back)
    records = extract("Dos días después, los homicidios se volvieron a reportar en la comunidad de El Centenario, en La "
                      "Paz, con dos muertos.", "es", date="2015-08-11")
    assert "La Paz" in {r["location"] for r in records}, records


def test_the_line_between_two_towns_is_where_the_scene_lies(extract) -> None:
    # (a guard: only two states are trapped as a border)
    records = extract("Dos hombres fueron asesinados en una finca ubicada en los límites entre Yuriria y Moroleón.", "es",
                      date="2025-08-05")
    assert {r["location"] for r in records} & {"Yuriria", "Moroleón"}, records


@pytest.mark.parametrize("text,town,street", [
    # the feminine article before a man's name leaves out "calle", "avenida" or "colonia"
    ("Al menos cuatro tiendas fueron atacadas con bombas molotov este jueves en el municipio de Uruapan. Las tiendas "
     "atacadas se ubican en Constituyentes, otra frente a La Papelera y una más en la Lázaro Cárdenas.",
     "Uruapan", "Lázaro Cárdenas"),
    ("Un hombre fue asesinado a balazos en la Emiliano Zapata, en Jiutepec, Morelos.", "Jiutepec", "Emiliano Zapata"),
])
def test_a_street_named_after_a_man_with_the_feminine_article_is_no_town(extract, text: str, town: str,
                                                                        street: str) -> None:
    records = extract(text, "es", date="2024-07-18")
    assert town in {r["location"] for r in records}, records
    assert street not in {r["location"] for r in records}, records


def test_a_mexico_city_borough_with_the_feminine_article_is_the_borough(extract) -> None:
    # (a guard: "la Benito Juárez" is "la alcaldía Benito Juárez")
    records = extract("Hombres armados mataron a un joven en la Benito Juárez, en la Ciudad de México.", "es",
                      date="2024-07-18")
    assert "Benito Juárez" in {r["location"] for r in records}, records


def test_a_town_s_own_exit_is_in_that_town(extract) -> None:
    records = extract("Una agresión armada contra agentes en una caseta de vigilancia en la salida de Buenavista Tomatlán, "
                      "en dirección hacia Tepalcatepec, dejó dos policías muertos.", "es", date="2025-10-05")
    assert records and {(r["admin2"], r["geo_precision"]) for r in records} == {("Buenavista", 2)}, records


@pytest.mark.parametrize("text,towns", [
    # a road's stretch named after one town is in that town ...
    ("La carretera federal fue cerrada a la circulación en el tramo de Tierra Blanca, luego de una balacera que dejó "
     "un muerto.", {"Tierra Blanca"}),
    # ... a stretch between two towns is in neither (a guard)
    ("Un hombre murió en una balacera en el tramo de Tierra Blanca a Cosamaloapan, en Veracruz.", {"Veracruz de Ignacio de la Llave"}),
])
def test_a_road_s_stretch_named_after_one_town_is_in_that_town(extract, text: str, towns: set[str]) -> None:
    assert {r["location"] for r in extract(text, "es", date="2019-01-31")} == towns


@pytest.mark.parametrize("text,town", [
    # a beach named like a town is no town; a beach "de <town>" lies in that town
    ("En la zona tradicional de Acapulco, Guerrero, hombres armados mataron a dos sujetos en un restaurante de playa "
     "Manzanillo.", "Acapulco de Juárez"),
    ("Un hombre fue asesinado a balazos en la playa Revolcadero de Acapulco.", "Acapulco de Juárez"),  # (a guard)
])
def test_a_beach_is_no_town_and_lies_in_its_town(extract, text: str, town: str) -> None:
    records = extract(text, "es", date="2022-04-02")
    assert records and {r["location"] for r in records} == {town}, records


@pytest.mark.parametrize("lang,text,town", [
    ("es", "Los presuntos narcotraficantes murieron el pasado miércoles, cuando una patrulla militar se dirigía hacia un "
           "sector del municipio Nueva Ciudad Guerrero, del norteño estado de Tamaulipas.", "Nueva Ciudad Guerrero"),
    ("en", "Eleven gunmen died on Wednesday when an army patrol was heading into a part of the municipality of Nueva "
           "Ciudad Guerrero, in Tamaulipas state.", "Nueva Ciudad Guerrero"),
])
def test_a_part_of_a_town_a_patrol_was_heading_into_is_in_that_town(extract, lang: str, text: str, town: str) -> None:
    records = extract(text, lang, date="2010-11-19")
    assert records and {r["location"] for r in records} == {town}, records  # the seat of the municipality Guerrero


@pytest.mark.parametrize("lang,text,trapped", [
    ("es", "El domingo un enfrentamiento dejó dos muertos en Huitzilac, municipio ubicado como corredor entre la Ciudad "
           "de México y Cuernavaca.", "Cuernavaca"),
    ("es", "Los nueve detenidos en Villa de Allende podrían pertenecer a un grupo delictivo con orígenes en el estado de "
           "Michoacán.", "Michoacán de Ocampo"),
    ("en", "The nine men arrested in Villa de Allende belong to a criminal group with roots in the state of Michoacán.",
     "Michoacán de Ocampo"),
])
def test_a_corridor_s_ends_and_a_gang_s_roots_are_no_place(extract, lang: str, text: str, trapped: str) -> None:
    records = extract(text, lang, date="2025-12-22")
    assert records and trapped not in {r["location"] for r in records} | {r["admin1"] for r in records}, records


def test_the_centre_of_a_town_named_like_a_state_is_that_town(extract) -> None:
    records = extract("De forma preliminar se informó que, sobre la Calzada Galván, en el Centro de Colima, fueron "
                      "incendiados tres vehículos.", "es", date="2022-08-19")
    assert records and {(r["admin1"], r["admin2"]) for r in records} == {("Colima", "Colima")}, records


def test_the_town_an_ambulance_came_from_is_no_place(extract) -> None:
    records = extract("Un policía municipal fue herido en un enfrentamiento en Teolocholco, Tlaxcala. Fue trasladado en una "
                      "patrulla ambulancia de Zacatelco.\nEl tiroteo se desató en la avenida Juárez y provocó la "
                      "detención de un delincuente.", "es", date="2024-05-10")
    assert records and "Zacatelco" not in {r["location"] for r in records}, records


def test_the_speaker_s_office_is_no_place_of_the_event(extract) -> None:
    text = ("Eight people were killed at a party on Saturday night. Several more were wounded, said Jose Luis Leyva "
            "of the state prosecutor's office in Culiacan, the state capital.")
    assert "Culiacán" not in {r["location"] for r in extract(text, "en", date="2009-08-31")}


@pytest.mark.parametrize("lang,text", [
    ("en", "More than 30 carjackers have been killed in similar circumstances in Sinaloa in the last few months."),
    ("es", "Más de 30 ladrones de autos han sido asesinados en Sinaloa en los últimos meses."),
    # ... counted
    ("es", "En Oaxaca en los últimos 8 meses se han reportado al menos 320 homicidios."),
    ("en", "In the past eight months at least 320 homicides have been reported in Oaxaca."),
    ("nl", "In de afgelopen acht maanden zijn in Oaxaca minstens 320 moorden gemeld."),
])
def test_a_count_over_the_last_months_is_a_tally(extract, lang: str, text: str) -> None:
    assert not extract(text, lang, date="2009-08-31")


@pytest.mark.parametrize("lang,text", [
    ("es", "Dos hombres murieron en un ataque en Tlacoachistlahuaca. Las víctimas del ataque provenían del poblado de "
           "San Martín."),
    ("en", "Two men died in an attack in Tlacoachistlahuaca. The victims of the attack came from the village of San "
           "Martín."),
    ("nl", "Twee mannen kwamen om bij een aanval in Tlacoachistlahuaca. De slachtoffers van de aanval kwamen uit het "
           "dorp San Martín."),
])
def test_the_village_victims_came_from_is_no_place_of_the_attack(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2025-01-22")
    assert {r["admin2"] for r in records} == {"Tlacoachistlahuaca"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Puerto Vallarta fueron detenidos seis hombres.\nEntre los detenidos se encuentra un militar, así como un "
           "sujeto que dijo tener su residencia en Tamazula de Gordiano, Jalisco."),
    ("en", "Six men were arrested in Puerto Vallarta.\nAmong those arrested is a soldier and a man with his residence "
           "in Tamazula de Gordiano, Jalisco."),
    ("nl", "In Puerto Vallarta werden zes mannen opgepakt.\nOnder de opgepakte mannen is een militair en een man die "
           "woonachtig is in Tamazula de Gordiano, Jalisco."),
])
def test_where_an_arrested_man_lives_is_no_place_of_the_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and {r["admin2"] for r in records} == {"Puerto Vallarta"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Dos traficantes de armas fueron detenidos por la Policía Federal sobre la carretera.\nLos individuos "
           "indicaron proceder de Nuevo Laredo y tener como destino el estado de Morelia."),
    ("en", "Two gun traffickers were arrested by federal police on the highway.\nThe men came from Nuevo Laredo in a "
           "truck bound for Morelia."),
    ("nl", "Twee wapensmokkelaars werden door de federale politie op de snelweg opgepakt.\nZe kwamen uit Nuevo Laredo "
           "in een vrachtwagen met bestemming Morelia."),
])
def test_where_travellers_came_from_and_were_headed_are_no_places_of_the_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert not {r["admin1"] for r in records} & {"Michoacán de Ocampo", "Tamaulipas"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "La Policía Federal detuvo a dos hombres en Tepecoacuilco.\nLos detenidos dijeron que se encargaban de la "
           "venta y distribución de droga en Amacuzac y Tetecala, así como del trasiego de la droga desde Morelos hacia "
           "Estados Unidos."),
    ("en", "Federal police arrested two men in Tepecoacuilco.\nThe men said they were in charge of selling drugs in "
           "Amacuzac and Tetecala, and of smuggling the drug from Morelos to the United States."),
    ("nl", "De federale politie pakte twee mannen op in Tepecoacuilco.\nZe waren verantwoordelijk voor de "
           "drugsverkoop in Amacuzac en Tetecala en voor de smokkel van drugs van Morelos naar de Verenigde Staten."),
])
def test_a_gangs_trade_and_smuggling_route_are_no_places_of_the_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2014-05-26")
    assert records and {r["admin2"] for r in records} == {"Tepecoacuilco de Trujano"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "La Policía Federal detuvo a dos hombres en Tepecoacuilco.\nEsta detención ocurre luego de que fue "
           "capturado otro operador de esa organización, responsable de secuestros, extorsiones y homicidios tanto en "
           "Morelos como en Guerrero.\nLos hombres fueron puestos a disposición del Ministerio Público."),
    ("en", "Federal police arrested two men in Tepecoacuilco.\nThe arrest follows the capture of another operator of "
           "the group, responsible for kidnappings, extortion and murders in Morelos and Guerrero.\nThe men were "
           "handed over to prosecutors."),
])
def test_crimes_laid_at_a_gangs_door_in_several_states_place_no_later_sentence(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2014-05-26")
    assert records and {r["admin1"] for r in records} == {"Guerrero"}, records
    assert {r["admin2"] for r in records} <= {"Tepecoacuilco de Trujano", None}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En la localidad de La Nuez, municipio de Chinicuila, ubicado entre Coalcomán y Aquila, vecinos localizaron "
           "los restos de seis personas."),
    ("en", "In the municipality of Chinicuila, located between Coalcoman and Aquila, residents reported finding the "
           "remains of six people."),
    ("nl", "In Chinicuila, gelegen tussen Coalcomán en Aquila, vonden bewoners de resten van zes mensen."),
])
def test_the_towns_a_place_lies_between_are_no_event_places(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2023-03-10")
    assert records and {r["admin2"] for r in records} == {"Chinicuila"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Guachochi se aseguró una camioneta.\nDicho vehículo cuenta con reporte de robo interpuesto el 20 de "
           "octubre en la ciudad de Chihuahua.\nAsimismo, en la calle Pascual Orozco, policías aseguraron un fusil."),
    ("en", "In Guachochi police seized a pickup truck.\nThe vehicle had been reported stolen on October 20 in the city of "
           "Chihuahua.\nOfficers also seized a rifle on Pascual Orozco street."),
    ("nl", "In Guachochi nam de politie een pick-up in beslag.\nHet voertuig was op 20 oktober als gestolen opgegeven in "
           "de stad Chihuahua.\nAgenten namen ook een geweer in beslag in de straat Pascual Orozco."),
])
def test_where_a_vehicle_was_reported_stolen_is_no_event_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2025-11-26")
    assert records and {r["admin2"] for r in records} == {"Guachochi"}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked a home in Purisima del Rincon, Guanajuato, and fled afterward in the direction of Union San "
           "Antonio, a town in the neighboring state of Jalisco."),
    ("es", "Hombres armados atacaron una casa en Purísima del Rincón, Guanajuato, y huyeron después en dirección a Unión "
           "de San Antonio, un municipio del vecino estado de Jalisco."),
    ("nl", "Gewapende mannen vielen een huis aan in Purísima del Rincón, Guanajuato, en vluchtten daarna in de richting "
           "van Unión de San Antonio, een stadje in de buurstaat Jalisco."),
])
def test_where_attackers_fled_is_no_place_of_the_attack(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2018-03-22")
    assert records and {r["admin1"] for r in records} == {"Guanajuato"}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Eight men were killed in an attack on a home in Purisima del Rincon. Media identified one of the fatalities "
           "as the son of the mayor of the nearby town of San Francisco del Rincon."),
    ("es", "Ocho hombres murieron en un ataque a una casa en Purísima del Rincón. Uno de los muertos era hijo del "
           "alcalde de San Francisco del Rincón."),
    ("nl", "Acht mannen kwamen om bij een aanval op een huis in Purísima del Rincón. Een van de doden was de zoon van de "
           "burgemeester van San Francisco del Rincón."),
])
def test_the_town_a_victims_kin_governs_is_no_place_of_the_killing(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2018-03-22")
    assert records and {r["admin2"] for r in records} == {"Purísima del Rincón"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Tres personas fueron asesinadas en Guadalupe Victoria, Oaxaca. Los presuntos asesinos habrían sido de la "
           "comunidad de San Pedro Ocotepec, que ha rechazado el regreso de 128 familias desplazadas."),
    ("en", "Three people were killed in Guadalupe Victoria, Oaxaca. The alleged killers were from the village of San "
           "Pedro Ocotepec, which has rejected the return of 128 displaced families."),
    ("nl", "In Guadalupe Victoria, Oaxaca, werden drie mensen vermoord. De vermoedelijke daders waren afkomstig uit het "
           "dorp San Pedro Ocotepec, dat de terugkeer van 128 ontheemde families weigert."),
])
def test_where_the_killers_are_said_to_be_from_is_no_event_place(extract, lang: str, text: str) -> None:
    assert "San Pedro Ocotepec" not in {r["location"] for r in extract(text, lang, date="2024-08-12")}


@pytest.mark.parametrize("lang,text", [
    ("es", "MÉRIDA, Yucatán.— Tras los hechos registrados ayer en el municipio de Tekit, la Fiscalía abrió una carpeta de "
           "investigación.\n\nEsta Fiscalía recibió el reporte del ataque a la ciudadana María, quien falleció en el "
           "Hospital Juárez de esta capital."),
    ("en", "MERIDA, Yucatan — After yesterday's events in the municipality of Tekit, prosecutors opened an "
           "investigation.\n\nProsecutors received a report of the attack on a woman, who died in the Juarez Hospital "
           "in the state capital."),
])
def test_the_capital_whose_hospital_treated_the_victim_is_no_event_place(extract, lang: str, text: str) -> None:
    assert "Mérida" not in {r["location"] for r in extract(text, lang, date="2025-01-28")}


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tizapán el Alto hallaron los cuerpos de dos hombres ejecutados. Los cuerpos fueron enviados poco después al "
           "Servicio Médico Forense en Guadalajara."),
    ("en", "In Tizapan el Alto the bodies of two executed men were found. The bodies were later sent to the morgue in "
           "Guadalajara."),
])
def test_where_the_bodies_were_sent_is_no_event_place(extract, lang: str, text: str) -> None:
    assert "Guadalajara" not in {r["location"] for r in extract(text, lang, date="2012-09-16")}


def test_the_home_town_after_a_detainees_hamlet_is_no_event_place(extract) -> None:
    records = extract("Riña en el ejido Noacán de Matamoros, Coahuila. Las autoridades confirmaron que se detuvo a tres "
                      "personas, identificados como Aarón de 23 años, con domicilio en el ejido Noacán, y Alan de 34 años, "
                      "de Nazareno de Abajo, del municipio de Lerdo, Durango.", "es", date="2016-10-07")
    assert "Lerdo" not in {r["location"] for r in records} and "arrest" in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("text", [
    "Valle de Santiago, Guanajuato.- Los policías fueron recibidos a balazos en la comunidad Puerta de Andaracua, tras "
    "ser emboscados en la vialidad Yuriria-Valle de Santiago.",
])
def test_the_towns_a_vialidad_joins_are_no_event_places(extract, text: str) -> None:
    records = extract(text, "es", date="2026-03-10")
    # (the road's "Santiago" is no town Santiago Maravatío to put the unnamed hamlet in)
    assert records and "Santiago Maravatío" not in {r["location"] for r in records}, records


def test_a_surname_written_with_a_grave_accent_is_the_person(extract) -> None:
    records = extract("De politie heeft vrijdag in Reynosa de drugscrimineel Jaime Gonzàlez Duràn opgepakt. Rond de "
                      "arrestatie in de deelstaat Tamaulipas barstte een hevig vuurgevecht los toen bendeleden in de aanval "
                      "gingen toen Gonzàlez naar het vliegveld werd gereden.", "nl", date="2008-11-08")
    assert {r["location"] for r in records} == {"Reynosa"}, records


def test_a_state_security_spokesmans_office_is_no_event_place(extract) -> None:
    records = extract("La Vocería de Seguridad de Tamaulipas confirmó que una agente fue detenida en el municipio de General "
                      "Bravo, Nuevo León.", "es", date="2025-11-15")
    assert {r["location"] for r in records} == {"General Bravo"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Llegaron 72 desplazados de la sierra de Mocorito, y el albergue de la ciudad de Guamúchil se encuentra casi al "
           "límite."),
    ("en", "Seventy-two displaced people arrived from the mountains of Mocorito, and the shelter in Guamúchil is almost "
           "full."),
])
def test_the_shelter_the_displaced_reached_is_no_event_place(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2023-08-03")
    assert "Guamúchil" not in {r["location"] for r in records} and "Mocorito" in {r["location"] for r in records}, records


def test_the_towns_a_road_stretch_runs_between_are_no_event_places(extract) -> None:
    records = extract("El sábado se registró otro enfrentamiento en el tramo carretero San Juan de los Lagos a Lagos de "
                      "Moreno, en Jalisco.", "es", date="2023-05-21")
    assert [(r["location"], r["geo_precision"]) for r in records] == [("Jalisco", 3)], records


def test_the_neighbouring_state_and_town_a_border_hamlet_faces_are_no_event_places(extract) -> None:
    records = extract("Habitantes de la comunidad fronteriza de Ojo de Agua en Tepeji del Río de Ocampo, con el Estado de "
                      "México, específicamente el municipio de Jilotepec, despertaron con la noticia de que habían "
                      "encontrado un muerto.", "es", date="2016-08-05")
    assert [(r["location"], r["admin1"]) for r in records] == [("Tepeji del Río de Ocampo", "Hidalgo")], records


def test_a_hamlet_lies_in_the_town_named_after_it_with_plain_en(extract) -> None:
    # (not the Ojo de Agua of Tecámac, in the State of Mexico the sentence also names)
    records = extract("Un hombre fue asesinado en la comunidad de Ojo de Agua en Tepeji del Río de Ocampo, a unos kilómetros "
                      "del Estado de México.", "es", date="2016-08-05")
    assert {r["location"] for r in records} == {"Tepeji del Río de Ocampo"}, records


def test_a_border_crossing_named_by_its_towns_is_no_event_place(extract) -> None:
    records = extract("Gunmen attacked a family near the Ojinaga, Mexico-Presidio, Texas border.", "en", date="2021-10-06")
    assert "Ojinaga" not in {r["location"] for r in records}, records


def test_a_dateline_with_the_states_abbreviation_and_a_to_the_day(extract) -> None:
    records = extract("Querétaro, Qro. a 29 julio 2025– Elementos de la policía municipal iniciaron un operativo de búsqueda.",
                      "es", date="2025-07-29")
    # (the city, not the state: the dateline names the town)
    assert [(r["admin2"], r["geo_precision"] <= 2) for r in records] == [("Querétaro", True)], records


@pytest.mark.parametrize("lang,text", [
    ("es", "Pobladores de Huitzilac, Morelos, bloquearon la carretera. Según ellos, los tres jóvenes fueron sustraídos a "
           "balazos de una casa en Fierro del Toro, por presuntos agentes, y posteriormente fueron entregados a los "
           "comuneros de Topilejo."),
    ("en", "Residents of Huitzilac, Morelos, blocked the highway. They said gunmen abducted three young men from a house in "
           "Fierro del Toro and later handed them over to villagers of Topilejo."),
])
def test_the_people_victims_were_handed_to_are_no_event_place(extract, lang: str, text: str) -> None:
    locations = {r["location"] for r in extract(text, lang, date="2022-03-18")}
    assert "San Miguel Topilejo" not in locations and "Huitzilac" in locations, locations


@pytest.mark.parametrize("text,gang", [
    ("Se trataría de un ataque instrumentado por un grupo criminal de Michoacán, quienes obligaron a las víctimas",
     "grupo criminal de Michoacán"),
    ("Fue un ataque de una célula delincuencial de Michoacán en la comunidad.", "célula delincuencial de Michoacán"),
])
def test_a_single_gang_named_by_its_home_state_is_a_trap(text: str, gang: str) -> None:
    """"un grupo criminal de Michoacán" is a gang from there, as "grupos criminales de Michoacán" are."""
    from app.extract.mentions import trap_spans
    assert gang in [text[a:b] for a, b in trap_spans(text)]
