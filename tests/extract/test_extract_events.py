"""Every event type in every language, from short sentences written for these tests."""
from __future__ import annotations

import pytest

from app.records import validation_errors

# (language, sentence, event type, municipality it must be placed in)
CASES = [
    ("nl", "Zaterdag blokkeerden gewapende mannen de wegen rond Celaya met bussen.", "roadblock", "Celaya"),
    ("nl", "In Uruapan werden zaterdag drie winkels in brand gestoken.", "arson", "Uruapan"),
    ("nl", "Bij een schietpartij in Reynosa kwamen vrijdag vijf mensen om het leven.", "death", "Reynosa"),
    ("nl", "Mariniers voerden dinsdag een operatie uit in Zamora.", "operation", "Zamora"),
    ("nl", "De politie heeft in Tijuana vier verdachten gearresteerd.", "arrest", "Tijuana"),
    ("nl", "Gewapende mannen hebben een politiepost in Acapulco aangevallen.", "attack", "Acapulco de Juárez"),
    ("nl", "In Culiacán hebben militairen honderd kilo fentanyl in beslag genomen.", "seizure", "Culiacán"),
    ("nl", "In Hermosillo brak een opstand uit in de gevangenis.", "unrest", "Hermosillo"),
    ("nl", "Alle vluchten naar Mazatlán werden geannuleerd.", "disruption", "Mazatlán"),
    ("es", "Hombres armados instalaron narcobloqueos en Celaya.", "roadblock", "Celaya"),
    ("es", "Un grupo armado incendió una tienda de conveniencia en Uruapan.", "arson", "Uruapan"),
    ("es", "Cinco personas fueron asesinadas en Reynosa la noche del viernes.", "death", "Reynosa"),
    ("es", "La Marina desplegó un operativo en Zamora.", "operation", "Zamora"),
    ("es", "Policías estatales detuvieron a cuatro hombres en Tijuana.", "arrest", "Tijuana"),
    ("es", "Un enfrentamiento entre sicarios y militares se registró en Acapulco.", "attack", "Acapulco de Juárez"),
    ("es", "El Ejército realizó el aseguramiento de armas largas en Culiacán.", "seizure", "Culiacán"),
    ("es", "Se registró un motín en el penal de Hermosillo.", "unrest", "Hermosillo"),
    ("es", "Se suspendieron las clases en Mazatlán por la violencia.", "disruption", "Mazatlán"),
    ("en", "Gunmen set up roadblocks in Celaya on Saturday.", "roadblock", "Celaya"),
    ("en", "Attackers torched a pharmacy in Uruapan.", "arson", "Uruapan"),
    ("en", "Five people were killed in Reynosa on Friday.", "death", "Reynosa"),
    ("en", "Marines launched an operation in Zamora.", "operation", "Zamora"),
    ("en", "Police arrested four suspects in Tijuana.", "arrest", "Tijuana"),
    ("en", "Gunmen attacked a police station in Acapulco.", "attack", "Acapulco de Juárez"),
    ("en", "Soldiers seized weapons and drugs in Culiacán.", "seizure", "Culiacán"),
    ("en", "A riot broke out at the prison in Hermosillo.", "unrest", "Hermosillo"),
    ("en", "Flights to Mazatlán were cancelled on Monday.", "disruption", "Mazatlán"),
    # an arrest made, not meant; a search for the attackers; spikes thrown on the roads
    ("en", "In Hualahuises, state police managed to arrest seven gunmen.", "arrest", "Hualahuises"),
    ("es", "En Hualahuises, policías estatales lograron detener a siete pistoleros.", "arrest", "Hualahuises"),
    ("nl", "In Hualahuises wist de politie zeven schutters te arresteren.", "arrest", "Hualahuises"),
    ("en", "Military personnel and police are looking for the attackers in Tepalcatepec.", "operation", "Tepalcatepec"),
    ("es", "Militares y policías buscan a los agresores en Tepalcatepec.", "operation", "Tepalcatepec"),
    ("nl", "Militairen zoeken naar de daders in Tepalcatepec.", "operation", "Tepalcatepec"),
    ("en", "The state prosecutor's office mobilized dozens of officers to Rayones.", "operation", "Rayones"),
    # a venue named before its town: "el bar Azul Tequila de Monterrey" is in Monterrey
    ("es", "Hombres armados irrumpieron en el bar Azul Tequila de Monterrey y dispararon contra los clientes.", "attack",
     "Monterrey"),
    ("es", "La fiscalía movilizó a decenas de agentes a Rayones.", "operation", "Rayones"),
    ("nl", "Justitie mobiliseerde tientallen agenten in Rayones.", "operation", "Rayones"),
    ("en", "Cartel gunmen threw road spikes on the highways of Reynosa.", "roadblock", "Reynosa"),
    ("es", "Sicarios arrojaron ponchallantas en las carreteras de Reynosa.", "roadblock", "Reynosa"),
    ("es", "Los individuos de la camioneta arrojaron poncha llantas en las calles de Huichapan.", "roadblock", "Huichapan"),
    ("nl", "Gewapende mannen strooiden spijkers op de snelwegen van Reynosa.", "roadblock", "Reynosa"),
    # a fight among inmates
    ("en", "At least 11 inmates died in a fight at the Gomez Palacio prison on Tuesday.", "unrest", "Gómez Palacio"),
    ("es", "Una pelea entre reos en el Cereso de Gómez Palacio dejó 11 muertos.", "unrest", "Gómez Palacio"),
    ("nl", "Bij een gevecht tussen gevangenen in Gómez Palacio vielen elf doden.", "unrest", "Gómez Palacio"),
]


@pytest.mark.parametrize("lang,sentence,etype,admin2", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_event_type_and_place(extract, lang: str, sentence: str, etype: str, admin2: str) -> None:
    records = extract(sentence, lang)
    assert (etype, admin2) in {(r["event_type"], r["admin2"]) for r in records}, records
    for record in records:
        assert validation_errors(record) == []
        assert record["language"] == lang
        assert record["evidence"] == sentence


@pytest.mark.parametrize("lang,sentence,field,value", [
    ("nl", "In Reynosa vielen minstens veertien doden bij gevechten.", "fatalities", 14),
    ("es", "Siete presuntos sicarios murieron en Reynosa.", "fatalities", 7),
    ("en", "Twenty-nine people were killed in Reynosa.", "fatalities", 29),
    ("nl", "In Tijuana werden twee mannen opgepakt.", "arrested", 2),
    ("es", "Hubo dos detenidos en Tijuana.", "arrested", 2),
    ("en", "Police detained 12 people in Tijuana.", "arrested", 12),
    # the active past tense before its object: "arresteerde", "pakte ... op"
    ("nl", "De politie arresteerde een vrouw en dertien schutters in Guadalupe.", "arrested", 14),
    ("nl", "De politie pakte even later twee verdachten op in Culiacán.", "arrested", 2),
    ("es", "La policía detuvo a una mujer y a trece pistoleros en Guadalupe.", "arrested", 14),
    ("en", "Police arrested a woman and thirteen gunmen in Guadalupe.", "arrested", 14),
])
def test_counts_written_in_words_and_digits(extract, lang: str, sentence: str, field: str, value: int) -> None:
    records = extract(sentence, lang)
    etype = "death" if field == "fatalities" else "arrest"
    [record] = [r for r in records if r["event_type"] == etype]
    assert record[field] == value


def test_counts_go_to_the_record_of_their_place(extract) -> None:
    records = extract("Zes agenten stierven in Zapopan, en een bewaker werd gedood in Tonalá.", "nl")
    deaths = {r["admin2"]: r["fatalities"] for r in records if r["event_type"] == "death"}
    assert deaths == {"Zapopan": 6, "Tonalá": 1}


def test_no_deaths_stated_gives_no_death_record(extract) -> None:
    records = extract("Hubo un enfrentamiento en Celaya, sin muertos.", "es")
    assert {r["event_type"] for r in records} == {"attack"}


def test_operation_with_deaths_and_arrests_gives_three_records(extract) -> None:
    records = extract("During an operation in Culiacán, four people died and two were arrested.", "en")
    assert {r["event_type"] for r in records} >= {"operation", "death", "arrest"}
    assert {r["admin2"] for r in records} == {"Culiacán"}


def test_ids_are_stable_and_unique(extract) -> None:
    text = "Hubo bloqueos en Guadalajara, Zapopan y Tonalá. Hubo bloqueos en Celaya."
    first, second = extract(text, "es"), extract(text, "es")
    assert [r["incident_id"] for r in first] == [r["incident_id"] for r in second]
    assert len({r["incident_id"] for r in first}) == len(first) == 4


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "The marines were on patrol in San José de Lourdes, Zacatecas, on Friday.", "operation"),
    ("es", "Los marinos realizaban un patrullaje en San José de Lourdes, Zacatecas, el viernes.", "operation"),
    ("nl", "De mariniers waren vrijdag op patrouille in San José de Lourdes, Zacatecas.", "operation"),
    ("en", "Marines arrived as backup in Jesús Carranza, Veracruz, on Friday.", "operation"),
    ("es", "Los marinos llegaron como refuerzo a Jesús Carranza, Veracruz, el viernes.", "operation"),
    ("nl", "Mariniers kwamen vrijdag als versterking naar Jesús Carranza, Veracruz.", "operation"),
    ("en", "More than 100 soldiers and guardsmen were sent to reinforce the area in Tlaxiaco, Oaxaca, on Friday.",
     "operation"),
    ("en", "Troops moved into Ciudad Mier, Tamaulipas, on Friday.", "operation"),
    ("en", "The marines found a .50-caliber sniper rifle at the scene in Jesús Carranza, Veracruz.", "seizure"),
    ("es", "Los marinos encontraron un fusil calibre .50 en el lugar, en Jesús Carranza, Veracruz.", "seizure"),
    ("nl", "De mariniers vonden ter plaatse wapens in Jesús Carranza, Veracruz.", "seizure"),
    ("en", "Ammunition, weapons, ski masks and bulletproof vests were recovered in Temixco, Morelos, on Saturday.",
     "seizure"),
    ("es", "Encontraron armas, pasamontañas, chalecos antibalas y cartuchos en Temixco, Morelos, el sábado.", "seizure"),
    ("en", "Federal police caught Julio Radilla in the oil port of Coatzacoalcos on Monday.", "arrest"),
    ("en", "Soldiers took three suspects into custody in Iguala, Guerrero, on Friday.", "arrest"),
    ("en", "Police held three suspects in Reynosa, Tamaulipas, on Friday.", "arrest"),
    ("en", "Gunmen set up barricades on the highway in Apatzingán, Michoacán, on Friday.", "roadblock"),
    ("en", "School closures hit Culiacán, Sinaloa, on Friday.", "disruption"),
    ("en", "Bus service was halted in Culiacán, Sinaloa, on Friday.", "disruption"),
    ("en", "The shooting generated panic scenes and the closing of the shops in Córdoba.", "disruption"),
    ("en", "Parents keep their children home from school in Ciudad Juárez because of kidnapping threats.", "disruption"),
    ("es", "La policía evacuó la playa en Los Cabos.", "disruption"),
    ("nl", "De politie heeft het strand in Los Cabos ontruimd.", "disruption"),
    ("es", "Los habitantes colocaron barricadas en los accesos de Tula, Hidalgo.", "roadblock"),
    ("en", "Protesters took over the town hall in Cuautepec, Hidalgo.", "unrest"),
    ("es", "Unas 50 personas encapuchadas tomaron la presidencia municipal de Cuautepec, Hidalgo.", "unrest"),
    ("nl", "Boze inwoners bezetten het gemeentehuis van Cuautepec, Hidalgo.", "unrest"),
    ("en", "The fighting has forced thousands of residents to flee their homes in Chiapas.", "disruption"),
    ("es", "La violencia ha obligado a miles de familias a huir de sus hogares en Chiapas.", "disruption"),
    ("nl", "Het geweld heeft duizenden inwoners gedwongen hun huizen te ontvluchten in Chiapas.", "disruption"),
    ("en", "In the municipality of Frontera Comalapa, residents reported drones dropping explosives on houses.",
     "attack"),
    ("en", "Gunmen riddled a house with bullets in Celaya.", "attack"),
    ("en", "A family was snatched from their home in Fresnillo.", "attack"),
    ("en", "Explosive-laden drones struck positions in Aguililla.", "attack"),
    ("en", "Marines searched homes in Reynosa.", "operation"),
    ("en", "Residents were told to stay home in Reynosa.", "disruption"),
    ("en", "Soldiers and police combed the area around Culiacan.", "operation"),
    ("en", "A suspected hitman was caught in Culiacan.", "arrest"),
    ("en", "Marines discovered a narco-lab in Cosala.", "seizure"),
    ("en", "The streets of Culiacan were empty.", "disruption"),
    ("en", "Soldiers and cartel members exchanged fire in Celaya.", "attack"),
    ("en", "An armed assault on a police station left two dead in Celaya.", "attack"),
    ("en", "Armed men intercepted a patrol in Celaya.", "attack"),
])
def test_troops_on_patrol_backup_finds_and_catches_are_events(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Helicopters were combing the whole area around Cananea after the attack."),
    ("en", "Soldiers cordoned off the area in Zitácuaro to find those responsible."),
    ("en", "Military personnel established a security perimeter in Tijuana."),
    ("en", "Soldiers patrolled the streets of Reynosa on Tuesday."),
    ("en", "Troops are searching for the rest of the attackers in Pachivia, Sinaloa."),
    ("en", "The federal government sent more than 700 federal agents to Reynosa."),
    ("en", "Security forces mobilized in various parts of Ciudad Juárez following the attack."),
    ("es", "Militares acordonaron el lugar de los enfrentamientos en Zitácuaro."),
    ("es", "Efectivos de la Marina resguardan la zona en Cosamaloapan, Veracruz."),
    ("es", "Elementos del Ejército se trasladaron hasta Tamazula, Durango."),
    ("es", "Se instaló un puesto de control en la carretera en Mérida, Yucatán."),
    ("nl", "Helikopters kamden het hele gebied rond Cananea uit."),
    ("nl", "Agenten zetten het gebied in Zitácuaro af om de daders te vinden."),
    ("nl", "Militairen zoeken in Pachivia, Sinaloa, naar de rest van de daders."),
    ("en", "The military has set up a perimeter around the entire neighborhood in Los Mochis."),
    ("en", "State police have assumed responsibility for security in Santa María Ecatepec."),
    ("en", "The federal force in Reynosa was reinforced by a helicopter gunship of the Mexican Navy."),
    ("es", "Los oficiales pidieron apoyo a la Guardia Nacional y al Ejército en Abasolo."),
    ("nl", "De agenten in Abasolo vroegen om steun van het leger."),
])
def test_combing_cordons_patrols_and_searches_by_the_forces_are_an_operation(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Los agentes lograron asegurar a seis hombres, cuatro camionetas y un automóvil en Acaxochitlán, Hidalgo."),
    ("es", "Fueron asegurados un fusil Barret y cinco fusiles AK-47 en Xalisco, Nayarit."),
    ("es", "Les aseguraron 55 bolsitas con mariguana y una motocicleta en Iztapalapa."),
    ("es", "El arma corta del oficial pudo ser recuperada en Aguascalientes."),
    ("en", "Authorities found 200 tons of precursor chemicals at the port of Manzanillo."),
    ("en", "Soldiers discovered about 1,000 liters of stolen gasoline at a farmhouse in Guachinango, Jalisco."),
    ("nl", "Militairen namen in Culiacán wapens en drugs in beslag."),
    ("en", "In Tecalitlan, police recovered a grenade launcher and bullet clips for AK-47 rifles."),
    ("en", "They found a considerable amount of cannabis inside the rental vehicle in Valladolid."),
    ("es", "Aseguraron 12 millones de pesos en efectivo y un arma de fuego en Kanasín."),
    ("es", "Les aseguraron una pistola tipo escuadra calibre 9mm y dos teléfonos celulares en Mérida."),
])
def test_drugs_weapons_and_stolen_fuel_secured_or_found_are_a_seizure(extract, lang: str, text: str) -> None:
    assert "seizure" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Las autoridades recomendaron a la población mantenerse en sus hogares en Escuinapa, Sinaloa."),
    ("es", "Las clases del lunes se impartirán en modalidad virtual en Mazatlán."),
    ("es", "Los padres decidieron no enviar a sus hijos a las escuelas en Culiacán."),
    ("es", "Cincuenta personas huyeron del poblado La Lagunita, en Tamazula, Durango, y se refugiaron en las montañas."),
    ("en", "The violence caused the festival in Jerez, Zacatecas, to be cancelled."),
    ("en", "Stores in Chicomuselo decided to close down due to insecurity."),
    ("en", "The mayor of Irapuato asked residents not to go out at night."),
    ("nl", "De burgemeester van Irapuato riep de inwoners op binnen te blijven."),
])
def test_staying_home_online_classes_flight_and_cancelled_festivals_are_a_disruption(extract, lang: str, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Desconocidos usaron drones para atacar una pista aérea en Tepalcatepec."),
    ("es", "Los sujetos realizaron detonaciones de arma de fuego contra los policías en Macuspana."),
    ("es", "Dos hombres fueron victimados con ráfagas de ametralladora en Calera, Zacatecas."),
    ("es", "Cuatro policías resultaron heridos al enfrentarse con un grupo de sicarios en General Enrique Estrada."),
    ("es", "Hubo granadazos en contra de la comandancia policial de Pánuco de Coronado, Durango."),
    ("en", "A stray bullet hit a woman in Cuernavaca on Saturday."),
    ("en", "A series of incidents occurred between state police and unknown gunmen in Saltillo."),
    ("nl", "Een verdwaalde kogel trof zaterdag een vrouw in Cuernavaca."),
])
def test_shots_grenades_and_stray_bullets_are_an_attack(extract, lang: str, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Un enfrentamiento dejó tres muertos en Pánuco, Zacatecas. Habitantes de la cabecera municipal de Morelos "
           "reportan que escucharon detonaciones de arma de fuego."),
    ("en", "A clash left three dead in Pánuco, Zacatecas. Residents of the municipal seat of Morelos reported "
           "that they heard gunfire."),
])
def test_the_municipal_seat_of_a_town_named_like_a_state_is_that_town(extract, lang: str, text: str) -> None:
    # Morelos is a state, and a municipality of Zacatecas: its municipal seat is the town
    attacks = {r["admin2"] for r in extract(text, lang, "2024-05-08") if r["event_type"] == "attack"}
    assert attacks == {"Pánuco", "Morelos"}


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "It is the latest in a round of ambush-style attacks on police in Michoacán.", "attack"),
    ("es", "Esto ocurre en medio de una ola de ataques contra policías en Michoacán.", "attack"),
    ("nl", "Het is onderdeel van een reeks aanslagen op agenten in Michoacán.", "attack"),
    ("en", "The attack in Cuernavaca may be linked to the arrest of a cartel boss.", "arrest"),
    ("es", "El ataque en Cuernavaca podría estar relacionado con la detención de un jefe del cártel.", "arrest"),
    ("nl", "De aanslag in Cuernavaca heeft mogelijk te maken met de arrestatie van een kartelbaas.", "arrest"),
    ("en", "Their bodies had been doused with gasoline and set ablaze in Tijuana.", "arson"),
    ("es", "A los cuerpos les prendieron fuego en Tijuana.", "arson"),
    ("en", "Warring factions of the Gulf cartel in Reynosa and Matamoros have been fighting turf battles around the "
           "two cities.", "attack"),
    # talk of attacks: rumours, threats, what gunmen can do
    ("en", "As rumors of shootouts spread, people stayed off the streets in Nuevo Laredo.", "attack"),
    ("en", "Teachers in Ciudad Juárez must hand over their bonuses or face the possibility of an armed attack.", "attack"),
    ("es", "Los vecinos de Culiacán viven con temor de un ataque armado.", "attack"),
    ("es", "Se suspendieron las clases en Caborca ante el riesgo de balaceras.", "attack"),
    ("nl", "In Culiacán heerst de dreiging van een aanslag.", "attack"),
    ("en", "Gunmen can carry out attacks in Nuevo León and cross the border to Tamaulipas.", "attack"),
    # figures that soared: "se dispararon" without a shot
    ("es", "En 2017 en San Luis Potosí los homicidios se dispararon en forma exponencial.", "attack"),
    ("es", "Se dispararon los índices de violencia en Culiacán.", "attack"),
    # crimes laid at someone's door
    ("en", "Cartel gunmen in Monterrey are linked to kidnappings, murders, and shootouts.", "attack"),
    ("es", "Los sicarios de Monterrey están vinculados con secuestros y balaceras.", "attack"),
    ("nl", "De schutters uit Monterrey zijn betrokken bij ontvoeringen en schietpartijen.", "attack"),
])
def test_a_trend_a_cause_and_burned_bodies_are_no_event_of_that_type(extract, lang: str, text: str, etype: str) -> None:
    assert etype not in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Se activó el Código Rojo en Tamazunchale sin que hasta el momento se conozca de algún detenido."),
    ("es", "Un enfrentamiento dejó tres muertos en Pueblo Nuevo, Durango. No se informó si hubo civiles detenidos."),
    ("en", "A clash left three dead in Pueblo Nuevo, Durango. It was not reported whether anyone was arrested."),
])
def test_an_arrest_nobody_knows_of_is_no_arrest(extract, lang: str, text: str) -> None:
    assert "arrest" not in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,etype", [
    ("es", "Los sicarios llegaron disparando contra los policías en Culiacán.", "attack"),
    ("es", "Los criminales bloqueaban las calles de Culiacán.", "roadblock"),
    ("es", "Los criminales estuvieron bloqueando las vialidades de Culiacán.", "roadblock"),
    ("es", "Los policías detenían a los sospechosos en Culiacán.", "arrest"),
    ("es", "Los agentes lograron capturar a tres sicarios en Culiacán.", "arrest"),
    ("es", "Los sicarios mataban a sus víctimas en Culiacán.", "death"),
    ("es", "Los militares patrullaban las calles de Culiacán.", "operation"),
    ("en", "Troops patrolled Culiacan on Monday.", "operation"),
    ("nl", "Soldaten patrouilleerden maandag in Culiacán.", "operation"),
    ("nl", "Gewapende mannen vielen een bar in Culiacán binnen.", "attack"),
    ("es", "Privan de la libertad a un periodista en Culiacán.", "attack"),
    ("es", "Cae presunto jefe de plaza en Culiacán.", "arrest"),
    ("en", "As they approached, the men opened up with AK-47s in Acapulco.", "attack"),
])
def test_imperfect_gerund_and_infinitive_forms_are_events(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang)}


def test_gunmen_arriving_are_no_operation(extract) -> None:
    records = extract("Los sicarios llegaron disparando contra los policías en Culiacán.", "es")
    assert "operation" not in {r["event_type"] for r in records}


@pytest.mark.parametrize("text", [
    "To avoid being caught, the gunmen opened fire in Manzanillo on Sunday.",
    "A teacher was caught in the crossfire in Manzanillo on Sunday.",
])
def test_being_caught_and_caught_in_the_crossfire_are_no_arrest(extract, text: str) -> None:
    assert "arrest" not in {r["event_type"] for r in extract(text, "en")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Classes at all educational levels were suspended in Culiacán, Sinaloa, on Thursday."),
    ("es", "Las clases en todos los niveles educativos fueron suspendidas en Culiacán, Sinaloa, el jueves."),
    ("nl", "De lessen op alle scholen werden donderdag opgeschort in Culiacán, Sinaloa."),
])
def test_classes_suspended_a_few_words_apart_are_a_disruption(extract, lang: str, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Two people on a motorcycle came up to his car and shot him in San Cristóbal de las Casas, Chiapas."),
    ("es", "Dos personas en una motocicleta se acercaron a su auto y le dispararon en San Cristóbal de las Casas, Chiapas."),
    ("nl", "Twee mannen op een motor reden naar zijn auto en schoten hem neer in San Cristóbal de las Casas, Chiapas."),
])
def test_shooting_a_person_is_an_attack(extract, lang: str, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Six heads were found in a square in Jiquilpan, Michoacán."),
    ("es", "Seis cabezas fueron halladas en una plaza de Jiquilpan, Michoacán."),
    ("es", "Se encontraron seis cabezas en una hielera en una plaza de Jiquilpan, Michoacán."),
    ("nl", "Op een plein in Jiquilpan, Michoacán, zijn zes hoofden gevonden."),
])
def test_heads_found_are_deaths(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [(r["admin2"], r["fatalities"]) for r in deaths] == [("Jiquilpan", 6)], deaths


@pytest.mark.parametrize("lang,text", [
    ("nl", "René Tovar werd vrijdagavond in Cazones de Herrera, Veracruz, vermoord door een groep gemaskerde mannen."),
    ("en", "René Tovar was killed on Friday evening in Cazones de Herrera, Veracruz, by a group of masked gunmen."),
    ("es", "René Tovar fue asesinado el viernes por la noche en Cazones de Herrera, Veracruz, por un grupo de "
           "hombres armados."),
])
def test_killed_by_masked_men_is_an_attack_too(extract, lang: str, text: str) -> None:
    assert {"attack", "death"} <= {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "On October 18, the authorities found a body in the Nexapa river in Izúcar de Matamoros."),
    ("en", "Police found the body of a man in Izúcar de Matamoros on October 18."),
    ("es", "El 18 de octubre, las autoridades encontraron un cuerpo en el río Nexapa, en Izúcar de Matamoros."),
    ("es", "El 18 de octubre fue localizado el cadáver de un hombre en Izúcar de Matamoros."),
    ("nl", "Op 18 oktober vond de politie een lichaam in de rivier bij Izúcar de Matamoros."),
])
def test_one_body_found_is_one_death(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, date="2024-10-21") if r["event_type"] == "death"]
    assert [(r["admin2"], r["event_date"], r["fatalities"]) for r in deaths] == [
        ("Izúcar de Matamoros", "2024-10-18", 1)], deaths


@pytest.mark.parametrize("lang,text", [
    ("en", "The governing body of the state police met in Izúcar de Matamoros."),
    ("es", "El cuerpo de seguridad estatal se reunió en Izúcar de Matamoros."),
])
def test_a_body_that_is_no_corpse_is_no_death(extract, lang: str, text: str) -> None:
    assert not [r for r in extract(text, lang, date="2024-10-21") if r["event_type"] == "death"]


@pytest.mark.parametrize("lang,text,count", [
    ("en", "The quadruple homicide happened in Suchiate on Monday.", 4),
    ("es", "Un doble homicidio se registró en Suchiate el lunes.", 2),
    ("es", "Un triple asesinato conmocionó a Suchiate.", 3),
    ("nl", "Een drievoudige moord schokte maandag Suchiate.", 3),
])
def test_a_double_or_quadruple_homicide_counts_its_dead(extract, lang: str, text: str, count: int) -> None:
    assert [r["fatalities"] for r in extract(text, lang) if r["event_type"] == "death"] == [count]


@pytest.mark.parametrize("lang,text", [
    ("en", "A state trooper and an alleged criminal died in a shooting in Tepic, Nayarit."),
    ("es", "Un policía estatal y un presunto delincuente murieron en un tiroteo en Tepic, Nayarit."),
    ("nl", "Een agent en een vermoedelijke crimineel kwamen om bij een schietpartij in Tepic, Nayarit."),
])
def test_one_person_and_another_are_two_dead(extract, lang: str, text: str) -> None:
    assert [r["fatalities"] for r in extract(text, lang) if r["event_type"] == "death"] == [2]


@pytest.mark.parametrize("lang,text", [
    ("es", "Un grupo criminal asesinó a siete personas en San Esteban Atatlahuca, Oaxaca."),
    ("en", "A criminal gang killed seven people in Tulum."),
])
def test_a_criminal_group_or_record_is_no_person_counted(extract, lang: str, text: str) -> None:
    assert [r["fatalities"] for r in extract(text, lang) if r["event_type"] == "death"] == [7]


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers killed 12 alleged cartel members in Nuevo Laredo on Friday. A thirteenth man was found dead "
           "later in the day."),
    ("es", "Soldados mataron a nueve presuntos sicarios en Nuevo Laredo el viernes. Un décimo hombre fue asesinado "
           "más tarde."),
    ("nl", "Soldaten doodden vrijdag twaalf vermoedelijke kartelleden in Nuevo Laredo. Een dertiende man werd later "
           "dood gevonden."),
])
def test_a_victim_numbered_after_the_others_is_added_to_them(extract, lang: str, text: str) -> None:
    expected = 10 if lang == "es" else 13
    assert [r["fatalities"] for r in extract(text, lang, "2020-07-04") if r["event_type"] == "death"] == [expected]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Friday a father and his son were shot dead at a gas station in Tepeojuma."),
    ("es", "El viernes un padre y su hijo fueron asesinados en una gasolinera de Tepeojuma."),
    ("nl", "Vrijdag werden een vader en zijn zoon doodgeschoten bij een tankstation in Tepeojuma."),
])
def test_a_person_and_his_relative_are_two_dead(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, date="2024-10-21") if r["event_type"] == "death"]
    assert [(r["admin2"], r["fatalities"]) for r in deaths] == [("Tepeojuma", 2)], deaths


@pytest.mark.parametrize("lang,text", [
    ("en", "A gunman was shot dead in Tepeojuma and his brother fled."),
    ("es", "Un hombre fue asesinado en Tepeojuma; su hijo resultó ileso."),
])
def test_a_relative_named_elsewhere_in_the_sentence_is_not_counted(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, date="2024-10-21") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [1], deaths


@pytest.mark.parametrize("lang,text", [
    ("en", "Prosecutors said they have received reinforcements from the army and National Guard in Chilpancingo."),
    ("es", "La fiscalía recibió refuerzos del Ejército y la Guardia Nacional en Chilpancingo."),
    ("nl", "Het OM kreeg versterkingen van het leger en de Nationale Garde in Chilpancingo."),
])
def test_reinforcements_of_troops_are_an_operation(extract, lang: str, text: str) -> None:
    assert ("operation", "Chilpancingo de los Bravo") in {(r["event_type"], r["admin2"]) for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,etype", [
    ("es", "Una turba enardecida intentó linchar a cuatro personas en la comunidad de Díaz Ordaz, en el municipio de "
           "Calpulalpan, Tlaxcala.", "attack"),
    ("en", "An angry mob tried to lynch four people in the community of Díaz Ordaz, in the municipality of "
           "Calpulalpan, Tlaxcala.", "attack"),
    ("nl", "Een woedende menigte probeerde vier mensen te lynchen in de gemeenschap Díaz Ordaz, in de gemeente "
           "Calpulalpan, Tlaxcala.", "attack"),
    ("es", "En Calpulalpan, Tlaxcala, los vecinos retuvieron a cuatro personas, lo que provocó una movilización de la "
           "policía municipal.", "operation"),
])
def test_an_attempted_lynching_and_the_police_mobilised_are_events(extract, lang: str, text: str, etype: str) -> None:
    records = extract(text, lang, date="2026-03-04")
    assert (etype, "Calpulalpan") in {(r["event_type"], r["admin2"]) for r in records}, records


@pytest.mark.parametrize("text,etype,found", [
    ("En Casas Grandes, Chihuahua, el vehículo fue asegurado por las autoridades policiacas.", "seizure", True),
    ("En Casas Grandes, Chihuahua, el mueble fue asegurado por las autoridades policiacas.", "seizure", True),
    ("En Casas Grandes, Chihuahua, un vehículo fue asegurado por alteración de serie.", "seizure", False),
    ("En Nuevo Casas Grandes, Chihuahua, un civil armado que baleo a dos mujeres huyó.", "attack", True),
])
def test_a_vehicle_secured_and_a_shooting_told_without_its_accent(extract, text: str, etype: str, found: bool) -> None:
    """"El mueble" is the police's word for the car; "baleo" is "baleó" with its accent dropped."""
    assert (etype in {r["event_type"] for r in extract(text, "es", date="2020-07-08")}) is found


def test_forces_mobilised_with_a_time_between_are_an_operation(extract) -> None:
    text = ("Una nueva riña en el penal de Topo Chico, en Monterrey, Nuevo León, que movilizó la noche del miércoles a "
            "los cuerpos de seguridad de esa entidad, dejó tres muertos.")
    assert "operation" in {r["event_type"] for r in extract(text, "es", date="2016-06-02")}


@pytest.mark.parametrize("text", [
    "En Jesús María, Aguascalientes, las autoridades aseguraron a un agresor, mientras que otro se dio a la fuga.",
    "En Jesús María, Aguascalientes, los policías aseguraron a un sujeto que huía.",
    "En Jesús María, Aguascalientes, los ministeriales aseguraron a dos presuntos delincuentes.",
])
def test_a_person_secured_is_an_arrest_in_the_singular_too(extract, text: str) -> None:
    """"aseguraron a un agresor": one attacker held, as "aseguraron a dos sujetos" are."""
    assert "arrest" in {r["event_type"] for r in extract(text, "es", date="2024-07-04")}


@pytest.mark.parametrize("text", [
    "The mayor was shot in Morelia, Michoacan. The injuries suffered caused cardiac arrest that proved fatal.",
    "The mayor was shot in Morelia, Michoacan, and died of cardiorespiratory arrest in hospital.",
])
def test_a_cardiac_arrest_is_no_arrest(extract, text: str) -> None:
    assert "arrest" not in {r["event_type"] for r in extract(text, "en", date="2024-03-30")}


@pytest.mark.parametrize("lang,text", [
    ("es", "En Taxco, las llamas alarmaron a los automovilistas, además de un cierre total de la circulación en el tramo."),
    ("es", "En Taxco hubo una suspensión del tránsito vehicular durante tres horas."),
    ("en", "In Taxco, the flames alarmed drivers and led to a total closure of traffic on the road."),
    ("nl", "In Taxco leidden de vlammen tot een volledige afsluiting voor het verkeer."),
])
def test_traffic_stopped_told_as_a_noun_is_a_disruption(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2025-09-14")
    assert ("disruption", "Taxco de Alarcón") in {(r["event_type"], r["admin2"]) for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "In late January, the tourist town of Taxco endured a days-long strike by taxi and van drivers."),
    ("es", "A finales de enero, los taxistas de Taxco realizaron un paro de varios días."),
    ("nl", "Eind januari legden taxichauffeurs in Taxco het werk neer in een staking van dagen."),
])
def test_a_drivers_strike_is_a_disruption(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2024-02-06")
    assert ("disruption", "Taxco de Alarcón") in {(r["event_type"], r["admin2"]) for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "A drone strike hit a cartel camp in Taxco."),
    ("es", "El hombre sufrió un paro cardíaco en Taxco."),
])
def test_strikes_that_are_no_stoppage_are_no_disruption(extract, lang: str, text: str) -> None:
    assert "disruption" not in {r["event_type"] for r in extract(text, lang)}


def test_quemo_is_arson(extract) -> None:
    records = extract("Un grupo armado quemó seis casas en Mezquital, Durango.", "es", date="2011-04-22")
    assert ("arson", "Mezquital") in {(r["event_type"], r["admin2"]) for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Officials said similar searches were also carried out in Felipe Carrillo Puerto, Quintana Roo."),
    ("es", "Las autoridades dijeron que también se realizaron búsquedas en Felipe Carrillo Puerto, Quintana Roo."),
    ("es", "Colectivos y fiscalía realizaron una jornada de búsqueda en Felipe Carrillo Puerto, Quintana Roo."),
    ("nl", "Volgens de autoriteiten werden ook zoekacties uitgevoerd in Felipe Carrillo Puerto, Quintana Roo."),
])
def test_searches_are_an_operation(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2023-04-26")
    assert ("operation", "Felipe Carrillo Puerto") in {(r["event_type"], r["admin2"]) for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "El ataque dejó un hombre muerto en Matías Romero, Oaxaca."),
    ("es", "Un tiroteo en Matías Romero, Oaxaca, dejó a uno de los periodistas muerto."),
    ("en", "Hours later, the death of the former police chief was reported at a hospital in Matías Romero, Oaxaca."),
])
def test_one_victim_left_dead_is_one_death(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, date="2023-01-01") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [1], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "Hubo un enfrentamiento en Xalisco; murió uno de los delincuentes y 17 más fueron detenidos."),
    ("en", "In Xalisco one gunman was killed and 17 others were arrested."),
    ("nl", "In Xalisco werd één schutter gedood en werden 17 anderen gearresteerd."),
])
def test_a_group_with_a_fate_of_its_own_is_not_added_to_the_dead(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [1], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "En Iztapalapa quedaron heridos tres hombres, de los cuales dos perdieron la vida."),
    ("en", "Three men were wounded in Iztapalapa, of whom two died."),
])
def test_the_part_of_a_group_a_death_verb_follows_is_the_count(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [2], deaths


@pytest.mark.parametrize("lang,text,count", [
    ("en", "Two teenagers aged 15 and 16 were shot dead in Iztapalapa.", 2),
    ("en", "Teenagers aged 15, 16 and 17 were shot dead in Iztapalapa.", 3),
    ("es", "Dos adolescentes de 15 y 16 años fueron asesinados en Iztapalapa.", 2),
    ("es", "Bernardino Rodríguez y Manuel García, jóvenes estudiantes de 15 y 17 años, fueron hallados decapitados "
           "en Tenosique.", 2),
    ("nl", "Twee tieners van 15 en 16 jaar zijn doodgeschoten in Iztapalapa.", 2),
])
def test_ages_are_no_count_but_say_how_many(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang, date="2022-11-04") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text,taken_back", [
    ("es", "Dos hombres fueron asesinados en Celaya. Hasta el momento no hay ningún detenido.", "arrest"),
    ("es", "Dos hombres fueron asesinados en Champotón: no hubo detenidos, ni persecución, ni operativo visible "
           "tras el ataque.", "operation"),
    ("en", "Two men were shot dead in Celaya. The gunmen were not arrested.", "arrest"),
    ("en", "Two men were shot dead in Celaya. There were no immediate reports of arrests.", "arrest"),
    ("nl", "Twee mannen werden doodgeschoten in Celaya. Er werd niemand opgepakt.", "arrest"),
    ("nl", "Twee mannen werden doodgeschoten in Celaya; er was geen operatie van de politie.", "operation"),
    ("es", "Dos hombres fueron asesinados en Tepic. Hasta esta hora, la Fiscalía no ha informado si hay algún avance "
           "respecto a detenciones.", "arrest"),
    ("es", "Dos hombres fueron asesinados en Tepic; la policía busca a los responsables sin que, hasta el momento, se "
           "reporten detenidos.", "arrest"),
    ("es", "Dos hombres fueron asesinados en Tepic; hasta ayer ninguno de los sicarios había sido detenido.", "arrest"),
    ("en", "Two men were shot dead in Tepic. There was no word on arrests.", "arrest"),
    ("nl", "Twee mannen werden doodgeschoten in Tepic. Over eventuele arrestaties is nog niets bekend.", "arrest"),
    ("en", "Two men were shot dead in Tepic. To date, none of the perpetrators have been apprehended.", "arrest"),
    ("es", "Dos hombres fueron asesinados en Mazatlán. Aunque no se han anunciado detenciones, la alerta persiste.",
     "arrest"),
    # an arrest nobody has confirmed yet
    ("es", "Dos hombres fueron asesinados en Tepic. Hasta el momento, no se ha confirmado si hay detenidos.", "arrest"),
    ("es", "Dos hombres fueron asesinados en Tepic; la policía buscó a los agresores sin que se confirmaran "
           "detenciones.", "arrest"),
    ("en", "Two men were shot dead in Tepic. It has not been confirmed whether there were any arrests.", "arrest"),
    ("nl", "Twee mannen werden doodgeschoten in Tepic. Het is niet bevestigd of er arrestaties zijn verricht.",
     "arrest"),
    # "neither": "y tampoco detenidos", "en evenmin arrestaties"
    ("es", "Dos hombres fueron asesinados en Tepic. No se reportaron heridos y tampoco detenidos.", "arrest"),
    ("nl", "Twee mannen werden doodgeschoten in Tepic. Er vielen geen gewonden en evenmin arrestaties.", "arrest"),
    # an injury listed first, the arrest after an "or"; an article or a hedge between: still negated
    ("es", "Dos hombres fueron asesinados en Ojuelos. Tampoco se reportaron personas lesionadas o detenidas.", "arrest"),
    ("es", "Dos hombres fueron asesinados en Tulum. Tampoco se ha informado sobre la detención de algún sospechoso.",
     "arrest"),
    ("es", "Dos hombres fueron asesinados en Colima; las autoridades no han emitido información oficial sobre posibles "
           "detenidos.", "arrest"),
    ("es", "Dos hombres fueron asesinados en Cotija. Ni el Ejército, ni la Guardia Nacional llegaron.", "operation"),
    ("en", "Two men were shot dead in Tepic. No one was injured or arrested.", "arrest"),
    ("nl", "Twee mannen werden doodgeschoten in Tepic. Er werd niemand gewond of gearresteerd.", "arrest"),
])
def test_a_negator_right_before_the_wording_takes_the_event_back(extract, lang: str, text: str,
                                                                 taken_back: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert "death" in types and taken_back not in types, types


@pytest.mark.parametrize("text", [
    "Gunmen attacked soldiers in Tepic on Monday. The army has not said whether any soldiers were killed.",
    "Gunmen attacked soldiers in Tepic on Monday. Officials haven't said whether anyone was killed.",
    "Gunmen attacked soldiers in Tepic on Monday. Police did not confirm whether anyone died.",
])
def test_what_nobody_has_said_happened_gives_no_record(extract, text: str) -> None:
    types = {r["event_type"] for r in extract(text, "en")}
    assert types == {"attack"}, types


@pytest.mark.parametrize("lang,text", [
    ("es", "No sólo asesinaron a dos hombres en Celaya: también quemaron una casa."),
    ("en", "Not far from Celaya, gunmen killed two men and burned a house."),
    ("nl", "Niet ver van Celaya hebben schutters twee mannen doodgeschoten en een huis in brand gestoken."),
])
def test_a_negator_that_governs_other_words_takes_nothing_back(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert {"death", "arson"} <= types, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Tres policías municipales, entre ellos una mujer, murieron en una emboscada en Miahuatlán, Oaxaca."),
    ("en", "Three municipal police officers, including a woman, died in an ambush in Miahuatlán, Oaxaca."),
    ("nl", "Drie agenten, onder wie een vrouw, kwamen om bij een hinderlaag in Miahuatlán, Oaxaca."),
])
def test_a_part_named_inside_a_counted_group_is_not_the_count(extract, lang: str, text: str) -> None:
    [death] = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert death["fatalities"] == 3, death


@pytest.mark.parametrize("lang,text", [
    ("en", "This Wednesday, security forces removed the blockades that organized crime groups maintained in the "
           "municipalities of Frontera Comalapa and Motozintla, Chiapas."),
    ("es", "Este miércoles, las fuerzas de seguridad retiraron los bloqueos que mantenía el crimen organizado en los "
           "municipios de Frontera Comalapa y Motozintla, Chiapas."),
    ("nl", "Soldaten hebben woensdag de wegblokkades opgeruimd die criminele groepen in Frontera Comalapa en "
           "Motozintla, Chiapas, hadden opgeworpen."),
])
def test_forces_clearing_blockades_is_an_operation_beside_the_blockades(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2023-11-23")
    assert {(r["event_type"], r["admin2"]) for r in records} >= {
        ("operation", "Frontera Comalapa"), ("operation", "Motozintla"),
        ("roadblock", "Frontera Comalapa"), ("roadblock", "Motozintla")}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen blocked the road in Motozintla and shouted at the soldiers to go arrest the members of a rival gang."),
    ("es", "Hombres armados bloquearon la carretera en Motozintla y montaron un retén para detener a sus rivales."),
    ("nl", "Gewapende mannen blokkeerden de weg in Motozintla en riepen de soldaten toe om hun rivalen te arresteren."),
])
def test_an_arrest_meant_is_no_arrest(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert "roadblock" in types and "arrest" not in types, types



@pytest.mark.parametrize("lang,text,count", [
    ("en", "Officer Rigoberto Bautista was shot in Lampazos, Nuevo León, dying almost instantly.", None),
    ("es", "Trece presuntos delincuentes fueron neutralizados en La Brecha, Guasave.", 13),
])
def test_dying_and_neutralized_are_deaths(extract, lang: str, text: str, count) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert len(deaths) == 1 and (count is None or deaths[0]["fatalities"] == count), deaths


@pytest.mark.parametrize("lang,text", [
    ("en", "In the town of Tepic, Nayarit, a gun-battle lasting over 20 minutes left residents traumatized."),
    ("en", "Gunmen flew drones loaded with explosives over Aguililla, Michoacán."),
    ("es", "Hombres armados abrieron fuego contra una casa en Amanalco."),
    ("nl", "Bij een drone-aanval in Aguililla raakten twee agenten gewond."),
    # told of the one hit
    ("es", "En Papalotla de Xicohténcatl, su hija recibió un disparo en el brazo."),
    ("en", "In Tecate, his daughter suffered a gunshot wound to the arm."),
    ("nl", "In Tecate liep zijn dochter een schotwond op."),
])
def test_gun_battles_open_fire_and_drone_attacks_are_attacks(extract, lang: str, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Gunmen killed three people in Tula, Hidalgo. The state's security cabinet agreed to deploy actions to "
           "locate and arrest those responsible.", "arrest"),
    ("en", "Gunmen kidnapped a driver near General Bravo, Nuevo León; one of them asked an accomplice if they should "
           "arrest the victim.", "arrest"),
    ("es", "Hombres armados asesinaron a dos comuneros en Tamazula y amenazaron con matar a los demás y después "
           "incendiar las viviendas.", "arson"),
    ("es", "Un hombre fue asesinado a balazos en Villa de Álvarez y fue trasladado por paramédicos en código rojo "
           "a uno de los hospitales de la capital.", "operation"),
    # a missing person's notice is no search operation
    ("es", "Restos humanos fueron localizados en Canatlán; podría tratarse de una persona que tiene ficha de búsqueda "
           "por desaparición.", "operation"),
])
def test_what_is_only_meant_threatened_or_medical_is_no_event(extract, lang: str, text: str, absent: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert "death" in types or "attack" in types, types
    assert absent not in types, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Un policía fue asesinado en Torreón, Coahuila. De inmediato se activó el Código Rojo con la participación "
           "de las policías municipal, estatal y del Ejército para dar con los responsables."),
    ("en", "Four members of a family were shot dead in Tuxpan, Veracruz. Police activated the Red Code to search for "
           "and locate those responsible."),
    ("en", "A man was shot dead in Reynosa, Tamaulipas. Authorities declared a code red and sent patrols after the "
           "gunmen."),
])
def test_a_code_red_is_the_police_s_manhunt_not_a_disruption(extract, lang: str, text: str) -> None:
    # the gold sets' coders read the protocol as an operation in eight articles of nine
    types = {r["event_type"] for r in extract(text, lang)}
    assert "operation" in types and "disruption" not in types, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Dos hombres fueron ejecutados a la salida de una tienda en La Paz, Baja California Sur. La cadena "
           "comercial fue obligada a cerrar sus puertas tras el atentado."),
    ("en", "Two men were shot dead outside a store in La Paz, Baja California Sur. The chain was forced to close its "
           "doors after the attack."),
    ("nl", "Twee mannen werden doodgeschoten bij een winkel in La Paz, Baja California Sur. De winkelketen moest na "
           "de aanslag de deuren sluiten."),
])
def test_shops_forced_to_close_their_doors_are_a_disruption(extract, lang: str, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen opened fire at a party in Tulum, Quintana Roo. On Thursday the governor had asked not to hold "
           "massive events for Halloween and Day of the Dead parties. The police heard of a shooting around one "
           "o'clock this Sunday."),
    ("es", "Hombres armados dispararon en una fiesta en Tulum, Quintana Roo. El jueves el gobernador había pedido no "
           "realizar eventos masivos por el Día de Muertos. La policía supo del tiroteo a la una de este domingo."),
    ("nl", "Gewapende mannen schoten op een feest in Tulum, Quintana Roo. Donderdag had de gouverneur gevraagd geen "
           "grote feesten te houden rond de Dag van de Doden. De politie hoorde zondag rond één uur van de schietpartij."),
])
def test_the_day_of_the_dead_is_a_holiday_not_a_death(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2020-11-01")
    assert "attack" in {r["event_type"] for r in records}, records
    assert "death" not in {r["event_type"] for r in records}, records
    assert {r["event_date"] for r in records} == {"2020-11-01"}, records  # not the holiday's Thursday


def test_a_dateline_with_two_agencies_is_no_place(extract) -> None:
    text = ("Mexico City, March 9 (IANS/EFE) Mexican marines detained three armed individuals at a ranch in the "
            "northwestern state of Sinaloa.")
    records = extract(text, "en", date="2014-03-09")
    assert records and {r["admin1"] for r in records} == {"Sinaloa"}, records


def test_without_their_being_arrested_is_no_arrest(extract) -> None:
    types = {r["event_type"] for r in extract("Los ataques armados en Celaya se produjeron sin que fueran detenidos "
                                              "los agresores.", "es")}
    assert "attack" in types and "arrest" not in types, types


def test_no_report_of_people_detained_is_no_arrest(extract) -> None:
    types = {r["event_type"] for r in extract("Un hombre fue asesinado en Irapuato. Sin embargo, hasta ahora no hay "
                                              "reporte de personas detenidas.", "es")}
    assert types == {"death"}, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Los hombres armados llegaron de Zacatecas y también se desplegaron a los municipios de Siltepec y La "
           "Grandeza, en Chiapas, donde quemaron una casa."),
    ("en", "The gunmen deployed to the municipalities of Siltepec and La Grandeza, in Chiapas, and burned a house."),
])
def test_gunmen_deploying_is_no_operation(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert "arson" in types and "operation" not in types, types


@pytest.mark.parametrize("text", [
    "Un policía fue asesinado en Durango cuando se detuvo en una gasolinería cercana a la corporación.",
    "Un policía fue asesinado en Durango después de que detuvo su camioneta frente a su casa.",
])
def test_stopping_is_no_arrest(extract, text: str) -> None:
    types = {r["event_type"] for r in extract(text, "es")}
    assert "death" in types and "arrest" not in types, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Decenas de escuelas de los municipios de Zitlala y Chilapa no regresaron ayer a clases debido a la "
           "inseguridad."),
    ("en", "Dozens of schools in the municipalities of Zitlala and Chilapa did not return to classes yesterday "
           "because of the violence."),
    ("nl", "In de gemeenten Zitlala en Chilapa kregen de leerlingen gisteren geen lessen vanwege het geweld."),
])
def test_schools_that_did_not_reopen_are_a_disruption_in_each_town(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2017-10-27")
    assert {(r["event_type"], r["admin2"]) for r in records} >= {
        ("disruption", "Zitlala"), ("disruption", "Chilapa de Álvarez")}, records


def test_an_execution_registered_is_one_death(extract) -> None:
    records = extract("This Saturday morning, a new execution was registered in the municipality of Tulum.", "en",
                      date="2021-10-18")
    assert [(r["event_type"], r["fatalities"], r["event_date"]) for r in records if r["event_type"] == "death"] == [
        ("death", 1, "2021-10-16")], records


def test_the_execution_of_warrants_is_no_death(extract) -> None:
    types = {r["event_type"] for r in extract("Police in Tulum began the execution of arrest warrants against "
                                              "two suspects.", "en")}
    assert "death" not in types, types


def test_unknown_whether_anyone_was_detained_is_no_arrest(extract) -> None:
    types = {r["event_type"] for r in extract("Dos hombres fueron asesinados en Ciudad Juárez. Hasta el momento se "
                                              "desconoce la identidad de las víctimas y si hay personas detenidas.", "es")}
    assert types == {"death"}, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Hombres armados atacaron a balazos un bar en Huimanguillo. Al lugar acudieron elementos del Ejército, pero "
           "hasta la noche de este martes se desconocía si las autoridades lograron detener a los delincuentes."),
    ("en", "Gunmen attacked a bar in Huimanguillo. It was not known whether authorities managed to arrest the attackers."),
    ("nl", "Schutters vielen een bar in Huimanguillo aan. Het is niet bekend of er verdachten zijn gearresteerd."),
])
def test_unknown_whether_the_attackers_were_caught_is_no_arrest(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert "attack" in types and "arrest" not in types, types


def test_gunmen_firing_on_police_is_an_attack(extract) -> None:
    types = {r["event_type"] for r in extract("Cartel hitmen fired various high-powered weapons against police "
                                              "forces in Guadalupe, Nuevo León.", "en")}
    assert types == {"attack"}, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Ayer aparecieron seis personas colgadas en puentes vehiculares en San José del Cabo y La Paz."),
    ("en", "Yesterday six bodies were found hanging from bridges in San José del Cabo and La Paz."),
    ("nl", "Gisteren werden zes lichamen opgehangen aan bruggen aangetroffen in San José del Cabo en La Paz."),
])
def test_people_hanged_from_bridges_are_deaths(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2017-12-21")
    assert {(r["event_type"], r["admin2"]) for r in records} >= {("death", "La Paz"), ("death", "Los Cabos")}, records


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Gunmen kidnapped two children in Monterrey and said they would be killed unless a ransom was provided.",
     "death"),
    ("es", "Hombres armados secuestraron a dos niños en Monterrey y advirtieron que serían asesinados si no pagaban.",
     "death"),
    ("en", "Gunmen blocked roads in Reynosa; officials have done little to target the Gulf Cartel and its various "
           "operations.", "operation"),
])
def test_conditions_and_a_cartels_business_are_no_events(extract, lang: str, text: str, absent: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert types and absent not in types, types


@pytest.mark.parametrize("lang,text,count", [
    ("es", "Tres personas fueron aniquilados con disparos en Comalcalco, Tabasco.", 3),
    ("es", "Uno de los agresores ha perdido la vida en Comalcalco, Tabasco.", None),
    ("en", "Authorities found seven heads packed in an ice cooler in Bácum, Sonora.", 7),
])
def test_more_ways_of_telling_deaths(extract, lang: str, text: str, count) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert len(deaths) == 1 and (count is None or deaths[0]["fatalities"] == count), deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "Un centenar de militares peinó la región de San Fernando, Tamaulipas, y agentes federales realizaron "
           "sobrevuelos."),
    ("es", "El ataque provocó una intensa movilización de cuerpos de seguridad en Tequexquitla, Tlaxcala."),
    ("en", "State and military police began an intensive search for gunmen in Magdalena, Sonora."),
    ("en", "Forensic investigators have begun searching for more hidden graves in Tuncingo, near Acapulco."),
])
def test_combing_an_area_searches_and_mobilised_forces_are_operations(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,etype", [
    ("es", "Las autoridades han requisado armas de alto calibre en Culiacán, Sinaloa.", "seizure"),
    ("nl", "Het leger heeft maandag een megadrugslab in de noordelijke grensstaat Sonora ontmanteld.", "seizure"),
    ("en", "Soldiers dismantled a meth lab in Cajeme, Sonora.", "seizure"),
    ("es", "La cabecera municipal de Frontera Comalapa se mantenía sin energía eléctrica y sin telefonía celular.",
     "disruption"),
    ("en", "The shooting caused the World Trade Bridge in Nuevo Laredo to close for roughly two hours.", "disruption"),
])
def test_seizures_by_other_words_and_blackouts_or_closed_crossings(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Two officers were killed in Ciudad Juárez while on patrol.", "operation"),
    ("en", "Four municipal police officers were murdered in Celaya while patrolling the highway.", "operation"),
    ("es", "Cuatro policías fueron asesinados en Celaya mientras patrullaban la carretera.", "operation"),
    ("es", "Cuatro policías de Sombrerete fueron emboscados cuando realizaban recorridos de vigilancia.", "operation"),
    ("es", "Un comando atacó a balazos a elementos de la Policía Federal (PF) que realizaban patrullajes en la zona "
           "suburbana de Acapulco.", "operation"),
    ("en", "Mexican police arrested in Villa Ahumada the head of a cartel wanted in the US for drug trafficking and "
           "murder.", "death"),
    ("es", "La policía detuvo en Villa Ahumada al líder de un cártel acusado de homicidio y secuestro.", "death"),
])
def test_what_victims_were_doing_and_charges_are_no_events(extract, lang: str, text: str, absent: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert types and absent not in types, types


@pytest.mark.parametrize("lang,text", [
    ("es", "El alcalde informó que no habrá clases este lunes en el municipio de Coahuayana."),
    ("es", "Al menos 40 familias de Tepetongo, Zacatecas, se vieron obligadas a abandonar sus hogares."),
    ("es", "Comunidades de Guadalupe y Calvo, Chihuahua, tuvieron que desplazarse."),
    ("en", "Families in Guadalupe y Calvo, Chihuahua, were forced to flee."),
    ("nl", "In Guachochi, Chihuahua, moesten families vluchten."),
    ("en", "The town of San Pascual in Tepetongo, Zacatecas, has remained completely uninhabited."),
    ("en", "Gang threats caused about 90% of Acapulco's passenger vans to stop running."),
    ("en", "A technological institute in Villahermosa closed its doors and sent its students home."),
    ("nl", "In Tepetongo, Zacatecas, zijn de huizen van het dorp verlaten."),
])
def test_displacement_closures_and_stopped_transport_are_disruptions(extract, lang: str, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, lang)}


def test_where_several_states_meet_is_no_place_of_them_all(extract) -> None:
    text = ("Al menos 10 familias de Durango denunciaron que se vieron obligadas a abandonar sus hogares en la zona "
            "serrana donde convergen los límites de Durango, Nayarit, Jalisco y Zacatecas.")
    records = extract(text, "es")
    assert records and {r["admin1"] for r in records} == {"Durango"}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Police recovered one rifle, ammunition and tactical clothing in Lampazos, Nuevo León."),
    ("es", "Los marinos aseguraron armas de alto calibre y equipo táctico en Culiacán, Sinaloa."),
])
def test_tactical_gear_is_no_habit(extract, lang: str, text: str) -> None:
    assert "seizure" in {r["event_type"] for r in extract(text, lang)}


def test_a_cartels_tactic_is_still_a_habit(extract) -> None:
    records = extract("Blocking roads with burning trucks is a common tactic of the cartels in Jalisco.", "en")
    assert records == [], records


@pytest.mark.parametrize("lang,text", [
    ("en", "In Tonalá, Jalisco, drug gangs frequently use vehicles as barricades to block police reinforcements."),
    ("es", "En Tonalá, Jalisco, los cárteles a menudo utilizan vehículos como barricadas para bloquear a la policía."),
    ("nl", "In Tonalá, Jalisco, gebruiken kartels vaak voertuigen als barricade om de politie te blokkeren."),
])
def test_what_gangs_often_do_is_a_habit(extract, lang: str, text: str) -> None:
    assert extract(text, lang) == []


def test_forces_expanding_their_operations_is_an_operation(extract) -> None:
    assert "operation" in {r["event_type"] for r in extract("The army expanded their operations in "
                                                             "Culiacán, Sinaloa.", "en")}


@pytest.mark.parametrize("lang,text,count", [
    ("es", "El tiroteo en Mazatlán dejó al menos un muerto.", 1),
    ("es", "Un ataque a balazos en Ciudad Obregón dejó como saldo a una persona ejecutada.", 1),
    ("es", "Hubo un enfrentamiento en Lerdo; el saldo es de un sicario muerto y tres más detenidos.", 1),
    ("es", "En Cuernavaca fue atacado un bar, en donde resultó muerta una joven de 25 años.", 1),
    ("es", "La policía confirmó el deceso de un elemento tras un enfrentamiento en Temascaltepec.", 1),
    ("es", "En La Paz suman 21 personas acribilladas en siete días.", 21),
    ("es", "Al menos 10 personas han muerto en una emboscada en Zitácuaro.", 10),
    ("en", "Aguirre's body was found at the entrance to a park in Apaseo el Alto.", 1),
    ("en", "Several coolers with a dismembered body were found in the cemetery of Nacajuca.", 1),
    ("en", "The shooting was in Cancún, where a man lost his life.", 1),
    ("en", "The mayor said Alejandro Chavez died while being treated for wounds suffered in Taretan.", 1),
    ("en", "Three federal police agents were gunned down in Chilapa as they ate in a market.", 3),
    ("nl", "Een journalist is woensdag onthoofd teruggevonden in Tezonapa.", 1),
    ("nl", "In Cancún is zaterdag voor een bank een afgehakt hoofd aangetroffen.", 1),
])
def test_deaths_said_in_other_words_are_counted(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang, date="2023-01-01") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text,count", [
    ("es", "En el municipio de Tecate un grupo criminal asesinó a siete personas.", 7),  # a group, not a person
    ("en", "A state trooper and a gunman died in a confrontation in Tepic, Nayarit.", 2),
    ("es", "Un policía y un sicario murieron en un enfrentamiento en Tepic, Nayarit.", 2),
])
def test_an_article_before_a_person_counts_one(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang, date="2023-01-01") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text,count", [
    ("en", "At least nine people — four of them minors — were killed in a shooting at an arcade in Uruapan.", 9),
    ("es", "Al menos nueve personas, cuatro de ellas menores, fueron asesinadas en un ataque en Uruapan.", 9),
    ("nl", "Zeker negen mensen, vier van hen minderjarig, werden doodgeschoten in een speelhal in Uruapan.", 9),
    ("es", "Un violento ataque armado cobró la vida de dos hombres en Ciudad del Carmen.", 2),
    ("en", "A violent attack claimed the lives of two men in Ciudad del Carmen.", 2),
    ("nl", "Een aanval in Ciudad del Carmen eiste het leven van twee mannen.", 2),
    ("en", "Three police officers, a detective, and two cartel gunmen died during a shootout in Salinas Victoria.", 6),
    ("es", "Un alcalde y otras dos personas fueron asesinadas el jueves en Santiago Amoltepec, Oaxaca.", 3),
])
def test_counts_with_a_part_set_apart_or_a_life_claimed(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang, date="2023-01-01") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "El sábado, 13 personas fueron asesinadas —12 en Culiacán y 1 en Elota—."),
    ("en", "On Saturday 13 people were killed: 12 in Culiacán and 1 in Elota."),
    ("nl", "Zaterdag werden 13 mensen vermoord: 12 in Culiacán en 1 in Elota."),
])
def test_shares_in_digits_go_to_their_places(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, date="2024-10-14") if r["event_type"] == "death"]
    assert sorted((r["admin2"], r["fatalities"]) for r in deaths) == [("Culiacán", 12), ("Elota", 1)], deaths


@pytest.mark.parametrize("text", [
    "Cinco policías municipales fueron emboscados en Aguililla, Michoacán.",
    "Sicarios emboscaron a una patrulla en Aguililla, Michoacán.",
    "Dos hombres fueron baleados y tiroteados en Aguililla, Michoacán.",
    "Un comando rafagueó una vivienda en Aguililla, Michoacán; los agentes fueron rafagueados al llegar.",
    "Hombres armados atentaron contra el director de la policía de Aguililla, Michoacán.",
])
def test_spanish_ambush_and_shooting_verbs_are_attacks(extract, text: str) -> None:
    assert ("attack", "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, "es")}


@pytest.mark.parametrize("etype,text", [
    ("death", "Ejecutan a tres hombres en Aguililla, Michoacán."),
    ("death", "Un joven fue privado de la vida en Aguililla, Michoacán."),
    ("death", "Apareció colgado de un puente el cuerpo de un hombre en Aguililla, Michoacán."),
    ("attack", "Levantaron a dos hombres en Aguililla, Michoacán."),
    ("attack", "Dos hombres resultaron heridos de bala en Aguililla, Michoacán."),
    ("attack", "Un grupo delictivo quemó y balaceó casas en Aguililla, Michoacán."),
    ("arrest", "Cumplimentaron una orden de aprehensión en Aguililla, Michoacán."),
    ("arrest", "En Aguililla, Michoacán, cinco hombres fueron puestos a disposición del Ministerio Público."),
    ("operation", "Militares realizan patrullajes en Aguililla, Michoacán."),
    ("roadblock", "Hombres armados atravesaron camiones en Aguililla, Michoacán."),
    ("arson", "Calcinaron una camioneta en Aguililla, Michoacán."),
    ("disruption", "Hubo desabasto de alimentos y gasolina en Aguililla, Michoacán."),
])
def test_more_spanish_event_wording(extract, etype: str, text: str) -> None:
    assert (etype, "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, "es")}


@pytest.mark.parametrize("text", [
    "El material asegurado fue puesto a disposición del Ministerio Público en Aguililla, Michoacán.",
    "El juez giró una orden de aprehensión contra el alcalde de Aguililla, Michoacán.",
])
def test_material_handed_over_and_a_warrant_are_no_arrest(extract, text: str) -> None:
    assert "arrest" not in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("etype,text", [
    ("death", "Gunmen slew three farmers in Aguililla, Michoacán."),
    ("death", "A police officer was fatally shot in Aguililla, Michoacán."),
    ("attack", "A grenade was thrown at the police station in Aguililla, Michoacán."),
    ("attack", "Gunmen sprayed a house with bullets in Aguililla, Michoacán."),
    ("unrest", "Looters ransacked stores in Aguililla, Michoacán."),
])
def test_more_english_event_wording(extract, etype: str, text: str) -> None:
    assert (etype, "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, "en")}


@pytest.mark.parametrize("etype,text", [
    ("attack", "Gewapende mannen vielen een feest binnen in Aguililla, Michoacán."),
    ("arrest", "Soldaten hielden in Aguililla, Michoacán, drie mannen aan."),
    ("arrest", "In Aguililla, Michoacán, werd een kartelleider gevangengenomen."),
    ("seizure", "Soldaten namen in Aguililla, Michoacán, wapens en munitie in beslag."),
    ("operation", "Honderden soldaten zijn naar Aguililla, Michoacán, gestuurd."),
    ("disruption", "De scholen in Aguililla, Michoacán, bleven dicht."),
    ("disruption", "Het openbaar vervoer lag stil in Aguililla, Michoacán."),
    ("disruption", "Winkels in Aguililla, Michoacán, bleven gesloten."),
])
def test_dutch_wording_with_the_place_inside_the_verb(extract, etype: str, text: str) -> None:
    assert (etype, "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, "nl")}


def test_schools_and_shops_that_remained_closed_are_a_disruption(extract) -> None:
    text = "Schools, shops and government offices remained closed in Culiacán on Friday."
    assert ("disruption", "Culiacán") in {(r["event_type"], r["admin2"]) for r in extract(text, "en")}


def test_shares_named_after_their_places_go_to_them(extract) -> None:
    text = "En Culiacán fueron asesinadas siete personas, en Navolato tres y en Mazatlán dos."
    deaths = [r for r in extract(text, "es", date="2024-03-11") if r["event_type"] == "death"]
    assert sorted((r["admin2"], r["fatalities"]) for r in deaths) == [
        ("Culiacán", 7), ("Mazatlán", 2), ("Navolato", 3)], deaths


@pytest.mark.parametrize("text,count", [
    ("En Ciudad del Carmen, un sujeto asesinó a su pareja sentimental.", 1),
    ("En Ciudad del Carmen, un tercer hombre resultó herido de bala.", None),
])
def test_one_victim_of_a_singular_killer_and_a_wounded_man(extract, text: str, count) -> None:
    records = extract(text, "es", date="2024-03-11")
    if count is None:
        assert ("attack", "Carmen") in {(r["event_type"], r["admin2"]) for r in records}, records
    else:
        assert [r["fatalities"] for r in records if r["event_type"] == "death"] == [count], records


@pytest.mark.parametrize("lang,text,count", [
    ("es", "Media docena de cuerpos fueron hallados en Uruapan, Michoacán.", 6),
    ("en", "Half a dozen bodies were found in Uruapan, Michoacán.", 6),
    ("es", "Un padre y sus dos hijos fueron asesinados en Uruapan, Michoacán.", 3),
    ("en", "A father and his two sons were killed in Uruapan, Michoacán.", 3),
    ("nl", "Een vader en zijn twee zonen zijn in Uruapan, Michoacán, vermoord.", 3),
    ("es", "Una pareja fue asesinada en Uruapan, Michoacán.", 2),
    ("en", "A couple was killed in Uruapan, Michoacán.", 2),
    ("nl", "Een echtpaar is in Uruapan, Michoacán, vermoord.", 2),
    # an age before the pair: "a young couple", "una joven pareja", "een jong stel"
    ("en", "In Tlalmanalco, México, a young couple were shot dead in their car.", 2),
    ("es", "En Tlalmanalco, México, una joven pareja fue asesinada a balazos.", 2),
    ("nl", "In Tlalmanalco, México, is een jong stel doodgeschoten.", 2),
    ("es", "En Uruapan, Michoacán, un hombre asesinó a su pareja.", 1),
    ("nl", "In Uruapan, Michoacán, zijn een tiental mensen vermoord.", 10),
])
def test_halves_pairs_and_a_relatives_group(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang, date="2024-03-11") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "Los agresores huyeron del lugar en Uruapan, Michoacán, tras disparar contra la vivienda, sin que se "
           "lograra su captura."),
    ("en", "A shootout broke out in Uruapan, Michoacán; no deaths or arrests were reported."),
])
def test_a_capture_that_did_not_happen_is_no_arrest(extract, lang: str, text: str) -> None:
    assert {r["event_type"] for r in extract(text, lang)} == {"attack"}


@pytest.mark.parametrize("lang,text,attack", [
    ("es", "Dos hombres fueron asesinados a balazos en Uruapan, Michoacán.", True),
    ("en", "Two men were shot and died in Uruapan, Michoacán.", True),
    ("nl", "In Uruapan, Michoacán, stierven twee mannen door schutters.", True),
    ("en", "The bodies of two men who had been shot were found in Uruapan, Michoacán.", False),
])
def test_a_killing_with_its_weapons_is_an_attack_as_well(extract, lang: str, text: str, attack: bool) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert "death" in types and ("attack" in types) == attack, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Los militares encontraron un arsenal en Aguililla, Michoacán."),
    ("es", "En el cateo se hallaron cinco kilos de cristal en Aguililla, Michoacán."),
    ("es", "Se recuperaron tres vehículos con reporte de robo en Aguililla, Michoacán."),
    ("en", "Soldiers found armored vehicles and tactical gear in Aguililla, Michoacán."),
    ("en", "Troops took possession of a cache of weapons in Aguililla, Michoacán."),
])
def test_more_seizure_wording(extract, lang: str, text: str) -> None:
    assert ("seizure", "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Las autoridades implementaron un dispositivo de seguridad en Aguililla, Michoacán."),
    ("es", "Militares establecieron un cerco en Aguililla, Michoacán."),
    ("en", "Federal agents searched a house in Aguililla, Michoacán."),
])
def test_more_operation_wording(extract, lang: str, text: str) -> None:
    assert ("operation", "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, lang)}


def test_a_transfer_amid_security_is_no_operation_by_wording_alone(extract) -> None:
    text = "Por la tarde, en medio de un fuerte dispositivo de seguridad en Toluca, el detenido fue trasladado al penal."
    assert "operation" not in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("etype,text", [
    ("death", "A man was deprived of life in Aguililla, Michoacán."),
    ("attack", "Two people were deprived of their liberty in Aguililla, Michoacán."),
    ("attack", "The deprivation of liberty with violence of at least eleven people in a rural community of Aguililla."),
    ("attack", "An armed aggression was reported in Aguililla, Michoacán."),
    ("seizure", "Long weapons and cartridges were secured in Aguililla, Michoacán."),
    ("seizure", "The authorities secured a vehicle and two firearms in Aguililla, Michoacán."),
    ("seizure", "Two 9 mm pistols were secured at the scene in Aguililla, Michoacán."),
    ("operation", "The gunmen were persecuted by ministerial elements in Aguililla, Michoacán."),
    ("operation", "Elements of Sedena carried out tours of surveillance in Aguililla, Michoacán."),
])
def test_machine_translated_english_wording(extract, etype: str, text: str) -> None:
    assert (etype, "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, "en")}


@pytest.mark.parametrize("text", [
    "Los habitantes se quedaron sin servicio de internet en Aguililla, Michoacán.",
    "Las calles lucieron vacías en Aguililla, Michoacán.",
    "Los negocios bajaron sus cortinas en Aguililla, Michoacán.",
    "Las escuelas operaron a distancia en Aguililla, Michoacán.",
    "El transporte público dejó de circular en Aguililla, Michoacán.",
    "Se registraron compras de pánico en Aguililla, Michoacán.",
])
def test_more_spanish_daily_life_disruption(extract, text: str) -> None:
    assert ("disruption", "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, "es")}


@pytest.mark.parametrize("text", [
    "Streets were deserted in Aguililla, Michoacán.",
    "Residents stayed home in Aguililla, Michoacán.",
    "Bus services were halted in Aguililla, Michoacán.",
    "Panic buying was reported in Aguililla, Michoacán.",
    "Internet service was cut in Aguililla, Michoacán.",
    "Gas stations ran out of fuel in Aguililla, Michoacán.",
])
def test_more_english_daily_life_disruption(extract, text: str) -> None:
    assert ("disruption", "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, "en")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed two people in Celaya and three in Irapuato on Monday."),
    ("es", "Sicarios asesinaron a dos personas en Celaya y a tres en Irapuato el lunes."),
    ("nl", "Gewapende mannen doodden twee mensen in Celaya en drie in Irapuato."),
])
def test_shares_with_their_people_word_go_to_their_places(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, date="2024-03-12") if r["event_type"] == "death"]
    assert sorted((r["admin2"], r["fatalities"]) for r in deaths) == [("Celaya", 2), ("Irapuato", 3)], deaths


@pytest.mark.parametrize("lang,text", [
    ("en", "Three students were taken by armed men in Aguililla, Michoacán."),
    ("en", "Three students were forcibly disappeared in Aguililla, Michoacán."),
    ("en", "Gunmen snatched a reporter from his home in Aguililla, Michoacán."),
    ("es", "Hombres armados se llevaron a tres estudiantes en Aguililla, Michoacán."),
    ("es", "Tres estudiantes fueron desaparecidos en Aguililla, Michoacán."),
    ("es", "Un comando sustrajo a dos hombres de su domicilio en Aguililla, Michoacán."),
    ("es", "Un empresario fue plagiado en Aguililla, Michoacán."),
    ("es", "Sujetos armados interceptaron a un taxista en Aguililla, Michoacán."),
])
def test_abductions_in_other_words_are_attacks(extract, lang: str, text: str) -> None:
    assert ("attack", "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, lang)}


def test_hearings_that_took_place_are_no_abduction(extract) -> None:
    text = "El funcionario informó que el 11 de enero se llevaron a cabo las audiencias en Calvillo, Aguascalientes."
    assert "attack" not in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("lang,etype,text", [
    ("es", "unrest", "Internos del Cereso de Aguililla, Michoacán, se amotinaron."),
    ("es", "attack", "Pobladores lincharon a un presunto ladrón en Aguililla, Michoacán."),
    ("en", "arrest", "A suspect was caught in Aguililla, Michoacán."),
    ("en", "arrest", "Police picked up three men in Aguililla, Michoacán."),
    ("en", "arrest", "A suspect surrendered to police in Aguililla, Michoacán."),
    ("en", "unrest", "A prison brawl left two dead in Aguililla, Michoacán."),
])
def test_riots_lynchings_and_arrests_in_other_words(extract, lang: str, etype: str, text: str) -> None:
    assert (etype, "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "A woman was strangled in Aguililla, Michoacán."),
    ("en", "A man was lynched in Aguililla, Michoacán."),
    ("en", "Two men were burned alive in Aguililla, Michoacán."),
    ("en", "The toll from the attack in Aguililla, Michoacán, reached 10."),
    ("es", "Un hombre fue estrangulado en Aguililla, Michoacán."),
    ("es", "Dos hombres fueron apuñalados hasta morir en Aguililla, Michoacán."),
    ("es", "Dos hombres fueron quemados vivos en Aguililla, Michoacán."),
    ("es", "Exhumaron diez cuerpos en Aguililla, Michoacán."),
    ("es", "Un hombre fue linchado en Aguililla, Michoacán."),
    ("es", "Un hombre fue degollado en Aguililla, Michoacán."),
    ("es", "La cifra de víctimas del ataque en Aguililla, Michoacán, llegó a diez."),
])
def test_more_ways_of_killing_are_deaths(extract, lang: str, text: str) -> None:
    assert ("death", "Aguililla") in {(r["event_type"], r["admin2"]) for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,count", [
    ("es", "En Uruapan, Michoacán, fallecieron cuatro personas tras un ataque.", 4),
    ("en", "The attack in Uruapan, Michoacán, claimed four lives.", 4),
])
def test_deaths_that_claimed_lives_or_fallecieron(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


def test_violence_that_claimed_several_lives_is_no_event(extract) -> None:
    text = "The acts of arson and violence have claimed several innocent lives in Sinaloa."
    assert "death" not in {r["event_type"] for r in extract(text, "en")}


def test_a_negated_death_gives_no_armed_attack_either(extract) -> None:
    assert extract("No deaths were reported among the hitmen in Aguililla, Michoacán.", "en") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "After an intense shootout in Hidalgo, Coahuila, the police officers forced the gunmen to flee."),
    ("es", "Tras un enfrentamiento en Hidalgo, Coahuila, los policías obligaron a los agresores a huir."),
])
def test_gunmen_forced_to_flee_are_no_displacement(extract, lang: str, text: str) -> None:
    assert "disruption" not in {r["event_type"] for r in extract(text, lang)}


def test_bodies_riddled_with_bullets_are_deaths_not_an_attack(extract) -> None:
    text = "Seven bodies riddled with bullets were found Sunday in Zihuatanejo."
    assert {r["event_type"] for r in extract(text, "en")} == {"death"}


@pytest.mark.parametrize("text,etype", [
    ("Lanzaron una granada contra la comandancia de policía en Morelia.", "attack"),
    ("Ultiman a balazos a un hombre en Zamora.", "death"),
    ("Capturan a presunto jefe de plaza en Tijuana.", "arrest"),
    ("Aseguran arsenal en una casa de seguridad en Culiacán.", "seizure"),
    ("Desmantelan narcolaboratorio en Tamazula.", "seizure"),
    ("Inhabilitan laboratorio clandestino en Badiraguato.", "seizure"),
    ("Localizan un arsenal en Tijuana.", "seizure"),
    ("Arriban 300 elementos del Ejército a Fresnillo.", "operation"),
    ("Instalan filtros de seguridad en Fresnillo.", "operation"),
    ("Queman vehículos en Culiacán.", "arson"),
    ("Se fugan reos del penal de Culiacán.", "unrest"),
    ("Comercios cierran sus puertas en Culiacán por la violencia.", "disruption"),
    ("Cancelan vuelos en el aeropuerto de Culiacán.", "disruption"),
])
def test_spanish_headline_present_tense_is_an_event(extract, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, "es")}


def test_people_who_se_encuentran_wounded_are_no_seizure(extract) -> None:
    text = "Además, 20 personas se encuentran lesionadas por impactos de arma de fuego en Irapuato."
    assert "seizure" not in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("lang,text,count", [
    ("en", "Gunmen shot dead the mayor and two of his bodyguards in Tacambaro.", 3),
    ("es", "Hombres armados asesinaron al alcalde y a dos de sus escoltas en Tacámbaro.", 3),
    ("es", "Asesinaron a un comandante y a tres de sus escoltas en Tacámbaro.", 4),
    ("nl", "Gewapende mannen doodden de burgemeester en twee van zijn lijfwachten in Tacámbaro.", 3),
])
def test_one_person_named_with_the_article_and_a_count_add_up(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("text,count", [
    ("El enfrentamiento dejó 13 presuntos delincuentes abatidos y dos militares muertos en Aguililla.", 15),
    ("El enfrentamiento dejó 13 presuntos delincuentes abatidos y un militar muerto en Aguililla.", 14),
])
def test_counts_under_two_death_words_add_up(extract, text: str, count: int) -> None:
    deaths = [r for r in extract(text, "es") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text,count", [
    ("en", "Police found four bodies in Fresnillo; a fifth victim died in hospital.", 5),
    ("en", "Two men were killed in Fresnillo and a third died later in hospital.", 3),
    ("es", "Dos hombres fueron asesinados en Fresnillo y un tercero murió más tarde en el hospital.", 3),
    ("nl", "Twee mannen werden in Fresnillo doodgeschoten en een derde slachtoffer overleed later.", 3),
    ("en", "A man, his wife and their son were shot dead in Fresnillo.", 3),
    ("es", "Un hombre, su esposa y su hijo fueron asesinados en Fresnillo.", 3),
    ("es", "Hombres armados dispararon contra una familia en Fresnillo, asesinando a siete y lesionando a tres.", 7),
    # deaths counted as a noun
    ("es", "El 7 de octubre, Fresnillo registró dos muertes.", 2),
    ("es", "La fiscalía investiga las muertes de cuatro policías en Fresnillo.", 4),
])
def test_ordinal_victims_kin_in_a_list_and_gerund_counts(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


def test_bystanders_caught_in_the_crossfire_are_no_arrest(extract) -> None:
    text = "Dozens of motorists were caught in the crossfire in Tuxpan, Nayarit."
    assert "arrest" not in {r["event_type"] for r in extract(text, "en")}


@pytest.mark.parametrize("text,etype", [
    ("La Guardia Nacional asumió la seguridad en Fresnillo.", "operation"),
    ("Localizaron un narcolaboratorio en Cosalá.", "seizure"),
    ("Negocios permanecieron cerrados en Culiacán.", "disruption"),
    ("Las calles de Culiacán lucieron desiertas.", "disruption"),
    ("El miedo paralizó Culiacán.", "disruption"),
])
def test_more_spanish_wording_for_operations_finds_and_closures(extract, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("text,town", [
    ("Asesinan al presidente municipal de Tacámbaro.", "Tacámbaro"),
    ("Ejecutan al subdirector de la policía de Uruapan frente a su casa.", "Uruapan"),
    ("Hombres armados ultimaron a balazos al regidor de Zitácuaro.", "Zitácuaro"),
])
def test_one_official_killed_is_one_death_in_the_officials_town(extract, text: str, town: str) -> None:
    deaths = [r for r in extract(text, "es") if r["event_type"] == "death"]
    assert [(r["admin2"], r["fatalities"]) for r in deaths] == [(town, 1)], deaths


@pytest.mark.parametrize("text,etype", [
    ("Se reportó la privación ilegal de la libertad de tres jóvenes en Zamora.", "attack"),
    ("Un comando armado se llevó a tres personas en Zamora.", "attack"),
    ("Se aseguró un vehículo con reporte de robo en Zamora.", "seizure"),
])
def test_a_reported_abduction_and_a_seized_vehicle(extract, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("text", [
    "Fue detenido en Zamora por el delito de privación ilegal de la libertad.",
    "En Zamora aumentaron delitos como la privación de la libertad y la extorsión.",
])
def test_abduction_named_as_a_charge_or_a_kind_is_no_attack(extract, text: str) -> None:
    assert "attack" not in {r["event_type"] for r in extract(text, "es")}


def test_assault_rifles_are_no_attack(extract) -> None:
    text = "Soldiers seized five assault rifles in Celaya."
    assert "attack" not in {r["event_type"] for r in extract(text, "en")}


def test_an_impersonal_arrest_and_find_with_the_gangs_rivalry_told_are_events(extract) -> None:
    text = ("Tras varios cateos en el municipio de Comitán se encontró un arsenal y se detuvo a siete sujetos, "
            "cuatro del cártel del Golfo y tres del cártel de Sinaloa, quienes se disputan el control de la región.")
    records = extract(text, "es", date="2008-08-30")
    assert {r["event_type"] for r in records} >= {"arrest", "seizure", "operation"}, records


def test_stopping_to_fill_up_is_no_arrest(extract) -> None:
    records = extract("El conductor se detuvo a cargar gasolina en Comitán cuando fue asesinado.", "es",
                      date="2008-08-30")
    assert "arrest" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "Gunmen killed two police officers in Isla and left a message signed by the four letters, "
           "commonly a reference to the Jalisco Cartel.", "death"),
    ("es", "El Grupo de Armas y Tácticas Especiales detuvo a dos hombres en Piedras Negras.", "arrest"),
    ("en", "The Special Weapons and Tactics Group arrested two men in Piedras Negras.", "arrest"),
])
def test_a_word_of_habit_that_names_a_thing_or_a_unit_leaves_the_event(extract, lang: str, text: str,
                                                                       etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang, date="2022-05-10")}


def test_a_tactic_of_the_cartels_is_still_background(extract) -> None:
    text = "La decapitación se ha convertido en una táctica de los cárteles contra policías en Guerrero."
    assert extract(text, "es", date="2008-05-10") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The assassins escaped in a black pickup, while those in the white car also evaded arrest in Guadalajara."),
    ("en", "Troops searched Irapuato, but nobody has said whether or not the guilty have been apprehended."),
    ("en", "The vigilantes in Apatzingán said they would not disarm until the government captured the cartel's leaders."),
    ("es", "Los agresores eludieron la captura y huyeron de Apatzingán."),
    ("es", "En Bahía Tortugas, en ninguno de los dos casos las autoridades han logrado la detención de los responsables."),
    ("es", "En Apatzingán no se ha logrado la captura de los agresores."),
    ("en", "In La Paz, Guzman's arrest has left a power vacuum that his subordinates want to fill."),
    ("es", "En Culiacán, la captura de El Chapo desató una guerra entre sus hijos."),
    ("es", "En Morelia, la detención de dos integrantes de la organización criminal desató los enfrentamientos."),
])
def test_an_arrest_evaded_wondered_about_or_awaited_is_none(extract, lang: str, text: str) -> None:
    assert "arrest" not in {r["event_type"] for r in extract(text, lang, date="2024-05-29")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The first encounter took place in Gómez Palacio, when armed individuals came upon a group of soldiers "
           "patrolling the area."),
    ("en", "On Wednesday, soldiers patrolling in Rio Grande came under fire when they tried to detain armed suspects."),
    ("en", "On February 22, cartel gunmen carried out an attack on eight state police officers patrolling in Mezquital."),
    ("es", "Sicarios emboscaron el miércoles a policías estatales que patrullaban en Mezquital."),
])
def test_the_victims_patrol_is_no_operation(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2019-02-25")
    assert "operation" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Estos ataques ocurrieron en Elota pese al despliegue de fuerzas federales."),
    ("es", "Los ataques armados en Guadalupe se produjeron a pesar del operativo especial de seguridad pública."),
    ("en", "The attacks in Elota happened despite the deployment of federal forces."),
    ("es", "Los uniformes decomisados en Nuevo Laredo tienen las leyendas CDN y Grupo Operativo Z."),
    ("es", "Alrededor de las 19:30 horas, la Guardia Nacional realizaba labores de patrullaje en Teocaltiche, cuando "
           "fue atacada por civiles armados."),
    ("es", "El ataque se produjo cuando 20 policías rurales patrullaban en Jilotlán a bordo de cinco vehículos."),
    ("es", "Sujetos armados iniciaron una persecución en contra de un hombre en Villa de Álvarez."),
    ("es", "En Los Herreras dos pistoleros quedaron heridos; éstos fueron rescatados por sus compañeros."),
    ("en", "In Los Herreras two gunmen were wounded, but they were rescued by their accomplices."),
    ("nl", "In Los Herreras raakten twee schutters gewond; zij werden gered door hun handlangers."),
])
def test_a_presence_defied_a_unit_s_name_a_patrol_attacked_or_gunmen_chasing_are_no_operation(
        extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2022-05-17")
    assert "operation" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text,etype", [
    ("es", "Elementos de la Guardia Nacional detuvieron en Tonalá a 15 presuntos delincuentes y aseguraron varias armas.",
     "seizure"),
    ("en", "Soldiers killed three gunmen in Buenavista Tomatlán and seized three assault rifles.", "seizure"),
    ("es", "Elementos del Ejército aseguraron en el municipio de Santiago Ixcuintla, Nayarit, dos vehículos con cocaína.",
     "seizure"),
    ("es", "Elementos de la Policía Regional aseguraron un rancho y una bodega en Teocaltiche.", "seizure"),
    ("es", "En Montemorelos se confiscó un arma larga, chalecos balísticos y droga.", "seizure"),
    ("es", "En Doctor Coss se encontraron doce hombres abatidos, junto con al menos ocho armas largas y cargadores.",
     "seizure"),
    ("en", "Authorities in Piedras Negras recovered the pickup, which was stolen from Eagle Pass.", "seizure"),
    ("en", "Three assault rifles and a car used by the attackers were located by police in Ciudad Juárez.", "seizure"),
    ("es", "En Los Mochis, un operativo conjunto permitió detener a cuatro personas.", "arrest"),
    ("es", "En Limones, otro hombre fue retenido por los uniformados.", "arrest"),
    ("en", "Police in Zacatecas pursued the attackers, killing two and arresting seven of them.", "arrest"),
])
def test_seizures_and_arrests_in_more_words(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang, date="2023-05-10")}


def test_gunmen_seizing_trucks_is_still_no_seizure(extract) -> None:
    records = extract("Los delincuentes se apoderaron de dos tráileres en Apatzingán.", "es", date="2023-05-10")
    assert "seizure" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "A grenade tossed into a busy casino in Monterrey left patrons terrified this afternoon.", "attack"),
    ("en", "A gunman was killed after opening fire on Tijuana police during a pursuit.", "attack"),
    ("es", "En Loreto, decenas de sujetos armados tuvieron escaramuzas entre las comunidades.", "attack"),
    ("es", "Luego de enfrentarse a militares en Tepehuanes, dos individuos murieron.", "attack"),
    ("es", "El mando federal fue interceptado por un grupo de hombres armados en San Juan del Río.", "attack"),
    ("es", "En Limones ocurrió un hecho violento contra efectivos de la Secretaría de Marina.", "attack"),
    ("nl", "Journalist Nelson Matus werd in Acapulco op een parkeerplaats neergekogeld.", "attack"),
    ("en", "National guard soldiers closed in on a home in San Luis Río Colorado.", "operation"),
    ("en", "Marines searched a location on Calle 17 in Saltillo.", "operation"),
    ("en", "Municipal and state police in Caborca responded with elements of the Mexican Army.", "operation"),
    ("en", "More than 30 police officers in Mexicali were chasing the gunmen.", "operation"),
    ("es", "Autoridades estatales y federales entraron a Santa Rosa de Lima, en Villagrán, buscando detener a El Marro.",
     "operation"),
    ("es", "Efectivos del Ejército se sumaron al seguimiento de los agresores en Teocaltiche.", "operation"),
])
def test_attacks_and_operations_in_more_words(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang, date="2023-05-10")}


def test_a_hamlet_the_gazetteer_lacks_keeps_its_event_out_of_the_dateline_town(extract) -> None:
    text = ("Chetumal, Quintana Roo.- En la zona sur del estado de Quintana Roo, dentro de los límites de la localidad "
            "de Limones, ocurrió un hecho violento contra efectivos de la Secretaría de Marina.")
    records = extract(text, "es", date="2026-02-03")
    assert records and "Othón P. Blanco" not in {r["admin2"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Continúan incomunicados cinco poblados de Amatenango de la Frontera tras el ataque."),
    ("es", "Las autoridades han restringido el acceso al fraccionamiento San Gil, en San Juan del Río."),
    ("es", "La balacera en Bahía de Banderas obligó al cierre del puente que conecta con Puerto Vallarta."),
    ("es", "En Xalapa, los rumores provocaron que padres de familia acudieran a recoger a sus hijos."),
    ("es", "En Vega de Alatorre, la carretera federal 180 fue cerrada a la circulación."),
    ("en", "Officials in Santa Ana have begun to cancel school buses and Day of the Dead celebrations."),
    ("en", "In Monclova, the boulevard remained closed until 8:00am Wednesday morning."),
    ("nl", "De burgemeester van Irapuato riep burgers op zich niet meer 's nachts op straat te begeven."),
])
def test_daily_life_disrupted_in_more_words(extract, lang: str, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, lang, date="2023-05-10")}


def test_an_arrest_named_as_the_time_of_something_else_is_none_with_an_adjective_between(extract) -> None:
    text = "The fighting in La Paz appears to have started following the widely publicized arrest of a drug lord."
    assert "arrest" not in {r["event_type"] for r in extract(text, "en", date="2014-12-06")}


@pytest.mark.parametrize("lang,text,etype", [
    ("es", "De acuerdo con testigos, en Bahía Tortugas se escucharon varias detonaciones.", "attack"),
    ("es", "En Guadalupe y Calvo, las autoridades localizaron cascos antibalas y cuernos de chivo.", "seizure"),
    ("es", "En Chilpancingo, los manifestantes intentaron entrar por la fuerza al Palacio de Gobierno.", "unrest"),
    ("es", "En Cieneguillas, la policía intentó disolver la riña con gases lacrimógenos.", "operation"),
    ("es", "En Acapulco, los profesores se encuentran en paro de labores desde hace un mes.", "disruption"),
])
def test_shots_heard_arms_slang_a_storming_tear_gas_and_a_teachers_strike(extract, lang: str, text: str,
                                                                           etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang, date="2023-07-10")}


@pytest.mark.parametrize("lang,text", [
    ("es", "A la altura de la comunidad Majomut, en Chenalhó, las patrullas no pudieron pasar, ya que la vía estaba "
           "cerrada con rocas."),
    ("en", "Near Majomut, in Chenalhó, the patrols could not pass because the road had been closed off with rocks."),
    ("nl", "Bij Majomut, in Chenalhó, konden de patrouilles niet verder omdat de weg was afgesloten met rotsblokken."),
    # a whole town shut off, whoever did it
    ("es", "Personas, la mayoría de ellas embozadas, cerraron los accesos al municipio de Chenalhó para impedir el "
           "arribo de gente armada."),
])
def test_a_road_closed_with_rocks_is_a_roadblock(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2021-07-10")
    assert ("roadblock", "Chenalhó") in {(r["event_type"], r["admin2"]) for r in records}, records


def test_a_shooting_victim_found_is_one_death(extract) -> None:
    text = "An eighth shooting victim was found in San Francisco del Oro municipality on Sunday."
    deaths = [r for r in extract(text, "en", date="2013-05-21") if r["event_type"] == "death"]
    assert [(r["admin2"], r["fatalities"]) for r in deaths] == [("San Francisco del Oro", 1)], deaths


@pytest.mark.parametrize("text,count", [
    ("El domingo sicarios acribillaron a un sujeto en el campo de futbol de Huejotzingo.", 1),
    ("La Fiscalía confirmó la ejecución de cuatro integrantes de una familia en Palmar de Bravo.", 4),
])
def test_riddled_with_bullets_and_an_execution_of_n_are_deaths(extract, text: str, count: int) -> None:
    deaths = [r for r in extract(text, "es", date="2017-10-31") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "Hombres armados atacaron la comandancia de Celaya para rescatar a un presunto delincuente que había sido "
           "detenido."),
    ("en", "Gunmen attacked a police station in Celaya to free a detained suspect."),
    ("nl", "Gewapende mannen vielen een politiebureau in Celaya aan om een arrestant te bevrijden."),
])
def test_gunmen_freeing_a_detainee_is_unrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2019-04-19")
    assert {"attack", "unrest"} <= {r["event_type"] for r in records}, records


@pytest.mark.parametrize("text", [
    "Las fuerzas federales y estatales se movilizaron de inmediato a la zona de Concordia.",
    "Se incrementó la presencia de la Guardia Nacional y el ejército en Concordia.",
])
def test_forces_mobilised_or_more_presence_is_an_operation(extract, text: str) -> None:
    assert ("operation", "Concordia") in {(r["event_type"], r["admin2"]) for r in extract(text, "es")}


@pytest.mark.parametrize("lang,text", [
    ("en", "In Acapulco the police returned the fire."),
    ("nl", "In Acapulco beantwoordde de politie het vuur."),
])
def test_returned_fire_is_an_attack(extract, lang: str, text: str) -> None:
    assert ("attack", "Acapulco de Juárez") in {(r["event_type"], r["admin2"]) for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,count", [
    ("es", "En Tlaltenango los sicarios asesinaron al líder huachicolero y a cuatro personas más.", 5),
    ("en", "In Tlaltenango the gunmen killed the gang's leader and four other people.", 5),
    ("es", "En Tlaltenango un hombre murió y dos resultaron heridos.", 1),
    ("en", "In Tlaltenango one man died and two were wounded.", 1),
])
def test_one_victim_and_n_more_are_n_plus_one(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang, date="2017-10-31") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


def test_a_list_s_next_single_victim_is_no_added_count(extract) -> None:
    text = ("Een gevangenisbewaarder werd gedood in Puerto Vallarta toen gevangenen in opstand kwamen, en een agent van "
            "het openbaar ministerie werd vermoord in Guadalajara.")
    deaths = {r["admin2"]: r["fatalities"] for r in extract(text, "nl", date="2026-02-23") if r["event_type"] == "death"}
    assert deaths == {"Puerto Vallarta": 1, "Guadalajara": 1}, deaths


@pytest.mark.parametrize("lang,text,count", [
    # a force's capitalised name inside the first group does not split the sum (a place's would)
    ("en", "Two soldiers with the Mexican military and five cartel gunmen were killed Friday in Aguililla, Michoacan.", 7),
    ("es", "Dos elementos de la Guardia Nacional y tres civiles murieron en Aguililla, Michoacán.", 5),
    ("nl", "Twee militairen van het Mexicaanse leger en vijf schutters kwamen om het leven in Aguililla.", 7),
    # "another" person after "and" is one more of the same sum
    ("en", "In a second shootout, the two suspected soldiers and another state police agent were killed in Villaldama.", 3),
    ("es", "En el enfrentamiento murieron dos policías y otro civil en Aguililla, Michoacán.", 3),
    ("nl", "Bij de schietpartij in Aguililla kwamen twee agenten en nog een burger om het leven.", 3),
    # ... but not the wounded, and not "otra" that stands for another event
    ("en", "Two men were killed in Culiacán and another was wounded.", 2),
    ("es", "Dos muertos y otro herido dejó un ataque en Culiacán.", 2),
    ("es", "En Culiacán los sicarios mataron a 13 internos, y otra, en una fiesta, dejó heridos a 15 jóvenes.", 13),
])
def test_groups_named_with_a_force_or_as_another_add_up(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang, date="2023-05-20") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text,count", [
    # an article two words before its person counts one, added to the sum
    ("en", "Three police officers and a Red Cross worker died at the scene in Taxco.", 4),
    ("nl", "Bij de aanval in Taxco kwamen drie agenten en een jonge Mexicaanse vrouw om het leven.", 4),
    # "y a sus dos hijos" after an age: one man and his two sons
    ("es", "El domingo sicarios acribillaron a un sujeto de 45 años y a sus dos hijos en Tehuacán.", 3),
])
def test_one_person_described_at_length_adds_to_the_sum(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text,count", [
    # the town a person is of does not part the person from the group after "and"
    ("en", "The mayor of the city of San Juan Mixtepec and a municipal police officer were ambushed and murdered.", 2),
    ("es", "Hombres armados asesinaron al alcalde de Tacámbaro y a dos de sus escoltas.", 3),
    ("nl", "De burgemeester van Tacámbaro en twee van zijn lijfwachten werden doodgeschoten.", 3),
])
def test_a_person_of_a_town_and_the_group_after_add_up(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen torched the home of a police commander in Xalapa, killing the officer, his wife and his four children."),
    ("es", "Sicarios asesinaron al comandante, su esposa y sus cuatro hijos en Xalapa."),
    ("nl", "Schutters doodden de commandant, zijn vrouw en zijn vier kinderen in Xalapa."),
])
def test_a_person_his_kin_and_a_counted_group_add_up(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [6], deaths


@pytest.mark.parametrize("lang,text,count", [
    ("en", "Marines returned fire in Tlahuac, killing Pérez Luna and seven of his sicarios.", 8),
    ("es", "Sicarios asesinaron a Juan Pérez y a dos de sus escoltas en Tacámbaro.", 3),
    ("nl", "Schutters doodden Juan Pérez en drie van zijn lijfwachten in Tacámbaro.", 4),
    ("en", "The operations in Nuevo Laredo left a marine and four suspected gunmen dead.", 5),
])
def test_a_named_person_or_a_marine_and_a_counted_group_add_up(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text", [
    # one victim stopped or taken first, then killed: one death, in the town the sentence names
    ("es", "El 3 de septiembre, durante la noche, un hombre fue interceptado en la carretera a la localidad Benito Juárez, "
           "en Candelaria, y asesinado con al menos seis disparos."),
    ("en", "On September 3, at night, a man was intercepted on the road to the town of Benito Juárez, in Candelaria, "
           "and murdered with at least six shots."),
    ("nl", "Op 3 september werd 's nachts een man onderschept op de weg naar Benito Juárez, in Candelaria, en vermoord "
           "met minstens zes schoten."),
    # the object of a killing after where it happened: "asesinaron en el interior de una camioneta a un hombre"
    ("es", "Esta mañana, en Candelaria, sicarios asesinaron en el interior de una camioneta a un hombre que se disponía "
           "a encenderla."),
])
def test_one_victim_taken_and_then_killed_is_one_death(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, date="2018-09-04") if r["event_type"] == "death"]
    assert [(r["admin2"], r["fatalities"]) for r in deaths] == [("Candelaria", 1)], deaths


def test_gunmen_taking_the_streets_is_an_attack(extract) -> None:
    records = extract("Un comando armado tomó las calles de Caborca y dejó como saldo dos personas muertas.", "es")
    assert {(r["event_type"], r["admin2"]) for r in records} >= {("attack", "Caborca"), ("death", "Caborca")}, records


@pytest.mark.parametrize("lang,text", [
    # no deaths after another harm named first
    ("en", "A shootout occurred in Puebla during the raid of the laboratory, but no injuries or deaths were reported."),
    ("nl", "Er was een vuurgevecht in Puebla, maar er vielen geen gewonden of doden."),
    # a statistic of killings is no killing
    ("en", "In Guerrero the number of murders surged to 2,316 last year."),
    ("en", "He said that of all the homicides recorded the day before, 32% had occurred in Guanajuato or Michoacán."),
    ("es", "El 32 por ciento de los homicidios ocurrió en Guanajuato."),
    ("nl", "In Guanajuato is het aantal moorden gestegen."),
])
def test_no_deaths_after_injuries_and_a_statistic_are_no_death(extract, lang: str, text: str) -> None:
    assert "death" not in {r["event_type"] for r in extract(text, lang, date="2012-05-20")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked a patrol in Monterrey; there were no reports of other casualties or arrests as of Tuesday night."),
    ("es", "Sicarios atacaron una patrulla en Monterrey; no se reportaron heridos ni detenidos."),
    ("nl", "Schutters vielen een patrouille aan in Monterrey; er waren geen gewonden of arrestaties."),
])
def test_no_arrests_after_another_harm_give_no_arrest(extract, lang: str, text: str) -> None:
    assert {r["event_type"] for r in extract(text, lang, date="2012-05-20")} == {"attack"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Durante la jornada de operativos en Culiacán no se reportaron agresiones ni personas heridas o asesinadas."),
    ("es", "Los tres individuos dispararon en varias ocasiones a la fachada del bar en Tulancingo, sin que ninguno de "
           "los clientes o trabajadores resultara muerto o herido."),
    ("en", "Three men fired several times at the front of the bar in Tulancingo; none of the customers or workers were "
           "killed or injured."),
    ("nl", "Drie mannen schoten op de gevel van de bar in Tulancingo, zonder dat er iemand gewond raakte of werd gedood."),
])
def test_nobody_killed_said_at_length_gives_no_death(extract, lang: str, text: str) -> None:
    assert "death" not in {r["event_type"] for r in extract(text, lang, date="2012-05-20")}


@pytest.mark.parametrize("text,arrest", [
    ("In Culiacán, six people were captured, including a woman.", True),
    ("In Culiacán residents captured the shootout on video.", False),
])
def test_people_captured_is_an_arrest_but_not_what_people_captured_on_video(extract, text: str, arrest: bool) -> None:
    assert ("arrest" in {r["event_type"] for r in extract(text, "en")}) is arrest


@pytest.mark.parametrize("lang,text", [
    ("en", "These violent events caused the festival known as La Jerezada in Jerez to be cancelled."),
    ("es", "Por la violencia, la feria de Jerez fue cancelada."),
    ("nl", "Door het geweld werd het festival in Jerez afgelast."),
    ("es", "Por los bloqueos, el Poder Judicial de la Federación en Jerez permanece cerrado al público."),
])
def test_a_festival_cancelled_or_a_court_closed_is_a_disruption(extract, lang: str, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, lang)}


def test_residents_who_have_left_are_displaced(extract) -> None:
    text = "Since Tuesday, residents of Amatenango de la Frontera and Mazapa de Madero have left for Guatemala."
    records = extract(text, "en", date="2024-07-27")
    assert {(r["event_type"], r["admin2"]) for r in records} >= {("disruption", "Amatenango de la Frontera"),
                                                                  ("disruption", "Mazapa de Madero")}, records


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "Gunmen in Juárez blocked the main avenues with two police cars to keep reinforcements from arriving.",
     "roadblock"),
    ("nl", "Zo'n 150 inwoners van Temascaltepec versperden de agenten de weg.", "roadblock"),
    ("en", "Hours later, an armed gang attacked a police detention center in Monterrey and freed 23 suspects.", "unrest"),
])
def test_avenues_blocked_the_way_barred_and_suspects_freed(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "En la carretera federal 57 fue asesinado un hombre en Matehuala."),
    ("en", "On Highway 57 near Matehuala, gunmen killed a man."),
    ("nl", "Op snelweg 57 bij Matehuala werd een man doodgeschoten."),
])
def test_a_road_s_number_counts_nobody(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [1], deaths


@pytest.mark.parametrize("lang,text,date", [
    ("es", "El 10 de mayo, en Santiago Niltepec, fue asesinado el regidor de educación. Más tarde, en ese mismo "
           "municipio, otro hombre fue ejecutado.", "2023-05-12"),
    ("en", "A man was gunned down in Santiago, Nuevo León on Tuesday. Another body of a man was found in the "
           "municipality of Santiago.", "2010-03-10"),
    ("nl", "In Culiacán werd dinsdag een man doodgeschoten. Nog een lichaam werd gevonden in dezelfde wijk.", "2014-05-14"),
])
def test_another_victim_told_in_the_next_sentence_adds_one(extract, lang: str, text: str, date: str) -> None:
    # "otro hombre fue ejecutado", "another body ... was found": one more dead, not the same one again
    [death] = [r for r in extract(text, lang, date) if r["event_type"] == "death"]
    assert death["fatalities"] == 2


@pytest.mark.parametrize("lang,text", [
    ("es", "En Amozoc, Puebla, sicarios acribillaron al líder huachicolero y cuatro personas más."),
    ("nl", "In Amozoc, Puebla, doodden schutters een leider en vier andere mensen."),
    ("en", "In Amozoc, Puebla, gunmen killed a local leader and four other people."),
])
def test_one_victim_named_and_more_with_the_verb_first(extract, lang: str, text: str) -> None:
    # "acribillaron al líder y cuatro personas más", "doodden schutters een leider en vier andere": 1 + 4
    [death] = [r for r in extract(text, lang, "2017-11-01") if r["event_type"] == "death"]
    assert death["fatalities"] == 5


@pytest.mark.parametrize("lang,text,operation", [
    ("en", "Gunmen raided a stash house in Matamoros, Tamaulipas.", False),
    ("en", "Armed Tzotzil indigenous people established a checkpoint in Teopisca, Chiapas.", False),
    ("en", "Soldiers raided a stash house in Matamoros, Tamaulipas.", True),
    ("es", "Sicarios allanaron una casa de seguridad en Matamoros, Tamaulipas.", False),
    ("es", "Hombres armados instalaron un retén en Teopisca, Chiapas.", False),
    ("es", "No hay retenes del Ejército en Apatzingán, Michoacán.", False),
    ("es", "Militares allanaron una casa de seguridad en Matamoros, Tamaulipas.", True),
    ("nl", "Gewapende mannen deden een inval in een drugspand in Matamoros, Tamaulipas.", False),
    ("nl", "Soldaten deden een inval in een drugspand in Matamoros, Tamaulipas.", True),
])
def test_raids_and_checkpoints_of_gunmen_are_no_security_operation(extract, lang: str, text: str, operation: bool) -> None:
    assert ("operation" in {r["event_type"] for r in extract(text, lang, "2010-09-17")}) is operation


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "In Ciudad Juárez three schools have closed for fear they might come under armed attack.", "attack"),
    ("es", "En Ciudad Juárez cerraron tres escuelas porque podrían sufrir un ataque armado.", "attack"),
    ("nl", "In Ciudad Juárez sloten drie scholen omdat ze zouden kunnen worden aangevallen.", "attack"),
    ("en", "Prosecutors in Hermosillo, Sonora, seek charges of attempted murder against two men.", "death"),
    ("es", "En Hermosillo, Sonora, dos hombres fueron acusados de tentativa de homicidio.", "death"),
    ("nl", "In Hermosillo, Sonora, worden twee mannen vervolgd voor poging tot moord.", "death"),
    ("en", "Troops were sent into Reynosa, Tamaulipas, but killings rose as the cartels splintered.", "death"),
    ("es", "El Ejército llegó a Reynosa, Tamaulipas, pero aumentaron los homicidios.", "death"),
    ("nl", "Het leger trok Reynosa, Tamaulipas, binnen, maar de moorden namen toe.", "death"),
])
def test_a_feared_attack_an_attempt_or_a_trend_is_no_event(extract, lang: str, text: str, etype: str) -> None:
    assert etype not in {r["event_type"] for r in extract(text, lang, "2013-09-30")}


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "The army reported seizing 20 assault rifles in Miguel Alemán, Tamaulipas.", "seizure"),
    ("nl", "Het leger meldde dat het 20 aanvalsgeweren in beslag had genomen in Miguel Alemán, Tamaulipas.", "seizure"),
    ("es", "El Ejército informó haber asegurado 20 fusiles de asalto en Miguel Alemán, Tamaulipas.", "seizure"),
    ("en", "Soldiers killed three gunmen in Reynosa, Tamaulipas, after capturing a group of criminals.", "arrest"),
    ("es", "Militares mataron a tres pistoleros en Reynosa, Tamaulipas, tras capturar a un grupo de delincuentes.", "arrest"),
    ("nl", "Militairen doodden drie schutters in Reynosa nadat ze een groep criminelen hadden opgepakt.", "arrest"),
])
def test_seizures_and_arrests_told_in_a_gerund_infinitive_or_past_perfect(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang, "2015-08-10")}


@pytest.mark.parametrize("text", [
    "En Villa Hidalgo, San Luis Potosí, detuvieron a José “N” de 40 años, luego de asegurarle un arma de fuego y seis cartuchos útiles.",
    "En Villa Hidalgo, San Luis Potosí, detuvieron a dos hombres tras asegurarles dos pistolas.",
    "En Villa Hidalgo, San Luis Potosí, detuvieron a un hombre, asegurándole una pistola y droga.",
])
def test_goods_secured_from_someone_with_a_clitic_are_a_seizure(extract, text: str) -> None:
    """Spanish joins the pronoun to the verb: "asegurarle un arma" is "asegurar un arma" from him."""
    assert "seizure" in {r["event_type"] for r in extract(text, "es", "2025-08-25")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The writers would face certain death at the hands of the various cartels that operate in Tamaulipas."),
    ("es", "Los reporteros enfrentarían una muerte segura a manos de los cárteles que operan en Tamaulipas."),
    ("nl", "De verslaggevers zouden een zekere dood tegemoet gaan in Tamaulipas, waar de kartels heersen."),
])
def test_a_death_risked_is_no_death(extract, lang: str, text: str) -> None:
    assert "death" not in {r["event_type"] for r in extract(text, lang, "2016-03-15")}


def test_the_police_corps_are_no_bodies(extract) -> None:
    records = extract("En Ciudad Obregón, diferentes cuerpos policíacos realizaban un patrullaje para ubicar a los "
                      "responsables; los cuerpos de seguridad acordonaron la zona.", "es", "2024-09-22")
    assert "death" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Palenque, algunos campesinos fueron detenidos por los vecinos, mientras que otros huyeron por temor a ser "
           "linchados."),
    ("en", "In Palenque, some farmers were arrested by residents, while others fled for fear of being lynched."),
    ("nl", "In Palenque werden enkele boeren door bewoners opgepakt, terwijl anderen vluchtten uit angst om gelyncht te "
           "worden."),
])
def test_what_people_fled_for_fear_of_is_no_event(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang, "2023-11-20")}
    assert "arrest" in types and not types & {"death", "attack"}, types


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked a police convoy in Tlapa, Guerrero. Authorities did not say whether any of the attackers were "
           "killed or captured."),
    ("es", "Pistoleros atacaron un convoy policial en Tlapa, Guerrero. Las autoridades no precisaron si hubo detenidos o "
           "muertos entre los agresores."),
    ("nl", "Schutters vielen een politiekonvooi aan in Tlapa, Guerrero. De autoriteiten maakten niet bekend of er "
           "aanvallers zijn gedood of opgepakt."),
    # a negative subject: "ninguna autoridad ... ha confirmado si", "no official has confirmed whether"
    ("es", "Pistoleros atacaron un convoy policial en Tlapa, Guerrero. Hasta el momento, ninguna autoridad local o estatal "
           "ha confirmado si estos hechos dejaron como saldo personas fallecidas, lesionadas o detenidas."),
    ("en", "Gunmen attacked a police convoy in Tlapa, Guerrero. No official has confirmed whether anyone was killed or "
           "arrested."),
])
def test_what_the_authorities_did_not_say_happened_is_no_event(extract, lang: str, text: str) -> None:
    assert {r["event_type"] for r in extract(text, lang, "2013-02-06")} == {"attack"}


@pytest.mark.parametrize("lang,text", [
    ("es", "El 11 de enero se llevaron a cabo en Aguascalientes las audiencias ante los jueces federales, que analizaron "
           "el control de la detención."),
    ("en", "On January 11 a detention hearing for the arrested suspects was held in Aguascalientes."),
    ("nl", "Op 11 januari werden de verdachten in Aguascalientes voorgeleid, waarna de rechter hun aanhouding "
           "rechtmatig verklaarde."),
])
def test_a_court_hearing_on_an_arrest_is_no_arrest(extract, lang: str, text: str) -> None:
    assert "arrest" not in {r["event_type"] for r in extract(text, lang, "2021-01-12")}


@pytest.mark.parametrize("lang,text", [
    ("en", "In Cruillas, Burgos and San Fernando, municipal officials decided to suspend the events celebrating "
           "Children's Day."),
    ("es", "En Cruillas, Burgos y San Fernando las autoridades municipales suspendieron los festejos del Día del Niño."),
    ("nl", "In Cruillas, Burgos en San Fernando werden de festiviteiten voor Kinderdag afgelast."),
])
def test_celebrations_suspended_are_a_disruption_in_each_town(extract, lang: str, text: str) -> None:
    records = extract(text, lang, "2023-04-30")
    assert sorted(r["location"] for r in records if r["event_type"] == "disruption") == ["Burgos", "Cruillas", "San Fernando"]


@pytest.mark.parametrize("lang,text", [
    ("es", "Tras la agresión armada en Chilchotla, Puebla, no hubo un solo detenido."),
    ("en", "After the attack in Chilchotla, Puebla, not a single arrest was made."),
    ("nl", "Na de aanval in Chilchotla, Puebla, volgde geen enkele arrestatie."),
    ("es", "El gabinete acordó desplegar acciones en Tula de Allende, Hidalgo, para la aprehensión de los responsables."),
    ("en", "The cabinet deployed forces in Tula, Hidalgo, in order to arrest those responsible."),
    ("nl", "In Tula, Hidalgo, werden agenten ingezet om de daders op te pakken."),
])
def test_no_single_arrest_or_an_arrest_sought_is_no_arrest(extract, lang: str, text: str) -> None:
    assert "arrest" not in {r["event_type"] for r in extract(text, lang, "2011-12-09")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen opened fire on police in Tijuana, killing one officer. The attackers also killed a food truck vendor."),
    ("es", "Sicarios atacaron a policías en Tijuana y mataron a un agente. Los agresores también mataron a un vendedor de "
           "comida."),
    ("nl", "Schutters openden het vuur op agenten in Tijuana en doodden een agent. Ze doodden ook een voedselverkoper."),
])
def test_gunmen_who_also_killed_one_more_add_one(extract, lang: str, text: str) -> None:
    [death] = [r for r in extract(text, lang, "2020-05-10") if r["event_type"] == "death"]
    assert death["fatalities"] == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "In Frontera Comalapa, Chiapas, the officers' patrol vehicle was completely engulfed in flames on a roadway."),
    ("es", "En Frontera Comalapa, Chiapas, la patrulla de los agentes quedó envuelta en llamas en la carretera."),
    ("nl", "In Frontera Comalapa, Chiapas, ging de patrouillewagen van de agenten volledig in vlammen op."),
])
def test_a_vehicle_engulfed_in_flames_is_an_arson(extract, lang: str, text: str) -> None:
    assert "arson" in {r["event_type"] for r in extract(text, lang, "2025-06-03")}


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "Threatening messages led to the closings of several schools in Cuernavaca, Morelos.", "disruption"),
    ("es", "Los mensajes provocaron el cierre de escuelas en Cuernavaca, Morelos.", "disruption"),
    ("nl", "De dreigberichten leidden tot de sluiting van scholen in Cuernavaca, Morelos.", "disruption"),
    ("en", "A convoy of Mexican army soldiers was carrying out a series of security patrols in Nuevo Laredo, Tamaulipas.",
     "operation"),
    ("es", "Militares realizaban patrullajes de seguridad en Nuevo Laredo, Tamaulipas.", "operation"),
    ("nl", "Militairen voerden patrouilles uit in Nuevo Laredo, Tamaulipas.", "operation"),
])
def test_schools_closings_and_patrols_carried_out(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang, "2019-09-10")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers were conducting patrols in Nuevo Laredo, Tamaulipas, when gunmen ambushed them."),
    ("es", "Militares realizaban patrullajes en Nuevo Laredo, Tamaulipas, cuando fueron emboscados."),
    ("nl", "Militairen waren op patrouille in Nuevo Laredo, Tamaulipas, toen ze in een hinderlaag liepen."),
])
def test_a_patrol_ambushed_is_an_attack_not_an_operation(extract, lang: str, text: str) -> None:
    assert {r["event_type"] for r in extract(text, lang, "2019-09-10")} == {"attack"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Cinco personas fueron asesinadas: cuatro en Miguel Alemán y una en Matamoros."),
    ("en", "Five people were killed: four in Miguel Alemán and one in Matamoros."),
    ("nl", "Vijf mensen werden gedood: vier in Miguel Alemán en een in Matamoros."),
])
def test_a_share_of_one_beside_counted_shares(extract, lang: str, text: str) -> None:
    deaths = {r["location"]: r["fatalities"] for r in extract(text, lang, "2014-04-07") if r["event_type"] == "death"}
    assert deaths == {"Miguel Alemán": 4, "Matamoros": 1}  # never the total again on top of its shares


@pytest.mark.parametrize("lang,text,count", [
    ("en", "In Córdoba, Veracruz, Uscanga and four others died in a firefight with the military.", 5),
    ("es", "En Córdoba, Veracruz, murieron Uscanga y otros cuatro en un enfrentamiento con militares.", 5),
    ("nl", "In Córdoba, Veracruz, kwamen Uscanga en vier anderen om bij een vuurgevecht met het leger.", 5),
    # towns are no people: the five stay five
    ("en", "In Culiacán and two other towns, gunmen killed five people.", 5),
])
def test_a_person_named_before_the_others_counts_one(extract, lang: str, text: str, count: int) -> None:
    deaths = [r["fatalities"] for r in extract(text, lang, "2012-05-10") if r["event_type"] == "death"]
    assert max(deaths) == count


@pytest.mark.parametrize("lang,text,count", [
    ("en", "One police officer was killed and another was fatally wounded in Villaldama, Nuevo León.", 2),
    ("es", "Dos policías murieron en Villaldama, Nuevo León, y otro más murió en el hospital.", 3),
    # counted once: "nog een" is already one of the sum
    ("nl", "In Villaldama, Nuevo León, werd één agent gedood en nog een agent stierf later in het ziekenhuis.", 2),
])
def test_another_victim_in_the_same_sentence_adds_one(extract, lang: str, text: str, count: int) -> None:
    [death] = [r for r in extract(text, lang, "2008-05-10") if r["event_type"] == "death"]
    assert death["fatalities"] == count


@pytest.mark.parametrize("lang,text", [
    ("es", "En los últimos 8 días han ocurrido 12 asesinatos en Tula de Allende, Hidalgo."),
    ("en", "In the past eight days 12 people have been murdered in Tula de Allende, Hidalgo."),
    ("nl", "In de afgelopen acht dagen zijn in Tula de Allende, Hidalgo, twaalf mensen vermoord."),
])
def test_a_count_over_the_last_days_stands_for_the_month(extract, lang: str, text: str) -> None:
    # the days' own killings, told after it, keep their days; the count borrows none of them
    [death] = [r for r in extract(text, lang, "2026-01-07") if r["event_type"] == "death"]
    assert (death["location"], death["event_date"], death["date_precision"]) == ("Tula de Allende", "2026-01-01", "month")


@pytest.mark.parametrize("lang,text", [
    ("es", "En los últimos tres días se registraron ocho asesinatos entre los municipios de Iguala, Taxco y "
           "Tepecoacuilco, Guerrero."),
    ("en", "In the past three days eight people were murdered in the municipalities of Iguala, Taxco and "
           "Tepecoacuilco, Guerrero."),
    ("nl", "In de afgelopen drie dagen zijn acht mensen vermoord in de gemeenten Iguala, Taxco en Tepecoacuilco, "
           "Guerrero."),
])
def test_the_last_days_killings_in_a_list_of_towns_are_each_towns(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, "2023-06-05") if r["event_type"] == "death"]
    assert {r["admin2"] for r in deaths} - {None} == {"Iguala de la Independencia", "Taxco de Alarcón",
                                                     "Tepecoacuilco de Trujano"}
    assert {r["date_precision"] for r in deaths} == {"month"}
    # the eight are counted once, on the state that holds the three towns
    assert sorted(r["fatalities"] or 0 for r in deaths) == [0, 0, 0, 8]


@pytest.mark.parametrize("lang,text,fatalities", [
    ("en", "The murder of journalist Javier Valdez in Culiacán, Sinaloa, shocked the country.", 1),
    ("es", "Se investiga el asesinato del director de radio comunitaria Rafael Murúa en Mulegé, Baja California Sur.", 1),
    ("nl", "De moord op priester José Guillén in Puruándiro, Michoacán, schokte het land.", 1),
    # a number before the name counts, not the name
    ("es", "El asesinato de dos policías, Juan Pérez y Luis Gómez, en Tecomán, Colima.", 2),
    # a capitalised word that is no given name is no victim ("the killing of Tuesday")
    ("en", "The killing of Sinaloa cartel members in Culiacán, Sinaloa, went on.", None),
])
def test_a_killing_of_someone_named_is_one_death(extract, lang: str, text: str, fatalities) -> None:
    [death] = [r for r in extract(text, lang, "2017-06-05") if r["event_type"] == "death"]
    assert death["fatalities"] == fatalities


@pytest.mark.parametrize("lang,text", [
    ("en", "The gunmen shot dead a police officer in Tijuana, Baja California, and also killed the food truck vendor."),
    ("es", "Los sicarios mataron a un policía en Tijuana, Baja California, y también asesinaron al vendedor."),
    ("nl", "Schutters doodden een agent in Tijuana, Baja California, en doodden ook de verkoper."),
])
def test_also_killing_the_one_named_by_his_trade_adds_a_victim(extract, lang: str, text: str) -> None:
    [death] = [r for r in extract(text, lang, "2020-05-05") if r["event_type"] == "death"]
    assert death["fatalities"] == 2


@pytest.mark.parametrize("lang,text,count", [
    # a force's or an office's name between a count and its verb is one word, however long
    ("es", "Tres mandos de la Secretaría de Seguridad Pública de Tamaulipas fueron ejecutados en Nuevo Laredo.", 3),
    ("en", "At least three soldiers from the Secretariat of National Defense (Sedena) were killed in Tepalcatepec, "
           "Michoacán.", 3),
    ("nl", "Drie agenten van de Secretaría de Seguridad Pública van Tamaulipas zijn in Nuevo Laredo doodgeschoten.", 3),
    # Spanish "en" is "in", not the Dutch "and" that ends a clause
    ("es", "Al final murieron en el lugar cuatro agresores en Reynosa, Tamaulipas.", 4),
    # clashes counted after the verb are not the dead: "diez ... abatidos en dos enfrentamientos"
    ("es", "Diez presuntos delincuentes fueron abatidos en dos enfrentamientos en Matamoros, Tamaulipas.", 10),
    ("en", "Ten suspected gunmen were killed in two clashes in Matamoros, Tamaulipas.", 10),
    ("nl", "Tien vermoedelijke criminelen zijn gedood bij twee vuurgevechten in Matamoros, Tamaulipas.", 10),
])
def test_a_count_reaches_its_verb_over_names_and_places(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang, date="2019-05-06") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text", [
    ("nl", "Afgelopen mei werd onderzoeksjournalist Javier Valdez om het leven gebracht in Culiacán, Sinaloa."),
    # a place told between the verb's parts, commas and all
    ("nl", "Daardoor is in Aguililla, Michoacán, een boer gedood."),
    ("es", "En mayo fue asesinado el periodista Javier Valdez en Culiacán, Sinaloa."),
    ("en", "In May, journalist Javier Valdez was killed in Culiacán, Sinaloa."),
])
def test_one_victim_told_in_the_singular_is_one_death(extract, lang: str, text: str) -> None:
    [death] = [r for r in extract(text, lang, "2017-06-05") if r["event_type"] == "death"]
    assert death["fatalities"] == 1


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Sicarios masacraron a siete personas en una fiesta en Salvatierra, Guanajuato, el sábado.", ("death", 7)),
    ("es", "Tres hombres fueron victimados el domingo en Culiacán, Sinaloa.", ("death", 3)),
    ("es", "Se registró una refriega en Tepalcatepec, Michoacán, el lunes.", ("attack", None)),
    ("es", "Policías estatales apresaron a cinco sujetos en Zamora, Michoacán, el martes.", ("arrest", None)),
    ("en", "Soldiers launched a sweep of the hills around Tepalcatepec, Michoacán, on Monday.", ("operation", None)),
    ("en", "A security sweep began in Culiacán, Sinaloa, on Monday.", ("operation", None)),
    ("nl", "Bij een vuurgevecht in Culiacán lieten maandag vier agenten het leven.", ("death", 4)),
    ("es", "Cuatro personas perecieron el lunes en Celaya, Guanajuato.", ("death", 4)),
    ("es", "Un choque armado entre dos grupos dejó heridos en Zitácuaro, Michoacán, el lunes.", ("attack", None)),
    ("es", "La policía realizó una redada en un bar de Zitácuaro, Michoacán, el lunes.", ("operation", None)),
    ("es", "Sujetos armados calcinaron una pipa en Celaya, Guanajuato, el lunes.", ("arson", None)),
    ("en", "Four people perished on Monday in Celaya, Guanajuato.", ("death", 4)),
    ("en", "A skirmish between gunmen and soldiers broke out in Zitácuaro, Michoacán, on Monday.", ("attack", None)),
    ("en", "Gunmen set two buses alight in Celaya, Guanajuato, on Monday.", ("arson", None)),
    ("nl", "In Celaya overleden maandag drie agenten.", ("death", 3)),
    ("es", "Un comando raptó a un empresario en Zitácuaro, Michoacán, el lunes.", ("attack", None)),
    ("es", "Militares catearon una vivienda en Celaya, Guanajuato, el lunes.", ("operation", None)),
    ("es", "Policías estatales han cateado 16 inmuebles en Celaya, Guanajuato, desde el lunes.", ("operation", None)),
    ("en", "State police and National Guard members continued to patrol Celaya, Guanajuato, on Monday.", ("operation", None)),
    ("nl", "Agenten en militairen bleven maandag patrouilleren in Celaya, Guanajuato.", ("operation", None)),
    ("es", "Localizaron los restos de cinco personas en una fosa en Celaya, Guanajuato, el lunes.", ("death", 5)),
    ("es", "Las calles de Culiacán, Sinaloa, lucieron vacías el lunes tras la jornada violenta.", ("disruption", None)),
    ("en", "The streets of Culiacán, Sinaloa, were deserted on Monday after the violence.", ("disruption", None)),
    ("nl", "De straten van Culiacán waren maandag uitgestorven na het geweld.", ("disruption", None)),
    ("nl", "Een man raakte gewond door kogels in Celaya, Guanajuato.", ("attack", None)),
    ("nl", "De marine ontmantelde een drugslab in Celaya, Guanajuato.", ("seizure", None)),
    ("es", "Se recuperó una camioneta robada en Celaya, Guanajuato.", ("seizure", None)),
    ("es", "Policías detuvieron a dos hombres en Celaya, Guanajuato, en posesión de 50 dosis de cristal.", ("seizure", None)),
    ("nl", "De politie vond twee geweren en munitie in Celaya.", ("seizure", None)),
    ("nl", "Militairen troffen een wapenarsenaal aan in een huis in Celaya.", ("seizure", None)),
    ("nl", "De politie stelde 200 kilo cocaïne veilig in Celaya.", ("seizure", None)),
    ("en", "Residents of Culiacán, Sinaloa, stayed home on Monday amid the violence.", ("disruption", None)),
    ("en", "Many businesses in Culiacán, Sinaloa, did not open on Monday.", ("disruption", None)),
    ("en", "Gas stations closed in Culiacán, Sinaloa, on Monday.", ("disruption", None)),
    ("en", "Public transportation in Culiacán, Sinaloa, came to a halt on Monday.", ("disruption", None)),
    ("en", "Supplies of food and fuel ran short in Tepalcatepec, Michoacán, on Monday.", ("disruption", None)),
    ("es", "Habitantes de Culiacán, Sinaloa, permanecieron en sus casas el lunes por la violencia.", ("disruption", None)),
    ("es", "Muchos negocios de Culiacán, Sinaloa, no abrieron el lunes.", ("disruption", None)),
    ("es", "Las gasolineras cerraron en Culiacán, Sinaloa, el lunes.", ("disruption", None)),
    ("nl", "Inwoners van Culiacán bleven maandag binnen vanwege het geweld.", ("disruption", None)),
    ("nl", "Het vliegveld van Culiacán schortte maandag alle vluchten op.", ("disruption", None)),
    ("nl", "Het openbaar vervoer in Culiacán lag maandag stil.", ("disruption", None)),    ("nl", "Schutters staken maandag voertuigen in brand om wegen te blokkeren in Celaya.", ("roadblock", None)),
    ("es", "Hombres armados despojaron a choferes de sus camiones y los atravesaron en la carretera en Celaya, "
           "Guanajuato, el lunes.", ("roadblock", None)),
    ("en", "Two men were arrested in Celaya, Guanajuato, in possession of a rifle and ammunition.", ("seizure", None)),
    ("en", "Officers took three rifles from the gunmen in Celaya, Guanajuato.", ("seizure", None)),
    ("en", "Marines located an arms cache in Celaya, Guanajuato.", ("seizure", None)),
    ("en", "Authorities intercepted a truck loaded with cocaine in Celaya, Guanajuato.", ("seizure", None)),
    ("es", "Policías interceptaron un tráiler cargado con cocaína en Celaya, Guanajuato.", ("seizure", None)),
    ("nl", "Militairen ontdekten een wapenopslag in Celaya.", ("seizure", None)),
    ("nl", "De politie onderschepte een vrachtwagen vol cocaïne in Celaya.", ("seizure", None)),
    ("nl", "In Aguililla werd een konvooi van het leger overvallen.", ("attack", None)),
    # the thirtieth session's probe of operation, arrest and seizure wording
    ("es", "La zona fue resguardada por elementos de la Guardia Nacional en Celaya, Guanajuato.", ("operation", None)),
    ("es", "Se activó el protocolo de seguridad en Celaya, Guanajuato.", ("operation", None)),
    ("nl", "Het leger nam de beveiliging van Celaya over.", ("operation", None)),
    ("en", "A suspect was picked up by police in Celaya, Guanajuato.", ("arrest", None)),
    ("en", "Soldiers picked up two suspects in Celaya, Guanajuato.", ("arrest", None)),
    ("nl", "Het leger onderschepte in Celaya een lading cocaïne.", ("seizure", None)),
    # the thirty-first session's: killings told with the active verb of cutting
    ("es", "Presuntos sicarios degollaron el jueves a seis personas en un bar de Macuspana, Tabasco.", ("death", 6)),
    ("es", "Sicarios decapitaron a dos hombres en Uruapan, Michoacán.", ("death", 2)),
    # done, not meant: an achievement verb or "además de" before the infinitive
    ("es", "En Uruapan, Michoacán, los militares revisaron la zona, logrando confiscar 22 armas.", ("seizure", None)),
    ("es", "En Uruapan, Michoacán, los militares aseguraron armas además de detener a 12 personas.", ("arrest", None)),
    ("es", "En Uruapan, Michoacán, los policías consiguieron capturar a tres sicarios.", ("arrest", None)),
    ("en", "Soldiers managed to seize 22 weapons in Uruapan, Michoacán.", ("seizure", None)),
    ("nl", "Militairen slaagden erin 22 wapens in beslag te nemen in Uruapan, Michoacán.", ("seizure", None)),
    # the thirty-first session's probe of attack, death, roadblock, arson and disruption wording: the three it lacked
    ("en", "Cartel gunmen traded fire with soldiers in Celaya, Guanajuato.", ("attack", None)),
    ("en", "The gunmen fled toward Cadereyta after attacking police in Monterrey, Nuevo León.", ("attack", None)),
    ("en", "Roads leading into Apatzingán, Michoacán, were blocked with torched vehicles.", ("roadblock", None)),
    ("es", "Quemaron vehículos y bloquearon los accesos a Apatzingán, Michoacán.", ("roadblock", None)),
    # ... and of counts: the three Spanish ones it got wrong
    ("es", "Treinta y cinco cuerpos fueron localizados en Celaya, Guanajuato.", ("death", 35)),
    ("es", "Asesinaron a un matrimonio y a sus dos hijos en Celaya, Guanajuato.", ("death", 4)),
    ("es", "Sicarios mataron a balazos a un hombre y a su hijo en Celaya, Guanajuato.", ("death", 2)),
    ("nl", "Gemaskerde mannen hebben in Tamaulipas een bus met passagiers overvallen.", ("attack", None)),
    # ... and of disruption wording
    ("es", "Los padres de familia no enviaron a sus hijos a la escuela en Culiacán, Sinaloa.", ("disruption", None)),
    ("es", "Cerraron los centros comerciales en Culiacán, Sinaloa.", ("disruption", None)),
    ("en", "Parents kept their children home from school in Culiacán, Sinaloa.", ("disruption", None)),
    ("nl", "Tientallen gezinnen verlieten hun huizen in Badiraguato, Sinaloa.", ("disruption", None)),
    ("nl", "Winkelcentra in Culiacán, Sinaloa, gingen dicht.", ("disruption", None)),
    # the thirty-second session's errors read in heldout121: an armed encounter; a count's part set apart without commas
    ("en", "A man was killed in an armed encounter with a federal road patrol in Valparaiso, Zacatecas.", ("attack", None)),
    ("en", "Three members of the Gulf Cartel including one of its leaders were killed in Matamoros, Tamaulipas.",
     ("death", 3)),
    ("en", "On Saturday armed individuals traveling in several cars intercepted two trucks in Juan Aldama, Zacatecas.",
     ("attack", None)),
])
def test_words_a_synonym_probe_found_missing(extract, lang: str, text: str, expected: tuple) -> None:
    etype, deaths = expected
    records = extract(text, lang)
    found = [r for r in records if r["event_type"] == etype]
    assert found and (deaths is None or found[0]["fatalities"] == deaths), records


@pytest.mark.parametrize("lang,text", [
    ("es", "Al lugar acudieron policías estatales y elementos de la Guardia Nacional en Celaya, Guanajuato."),
    ("es", "Agentes de la Policía Estatal llegaron al lugar, en Tecomán, Colima."),
    ("nl", "Politie en leger snelden naar de plaats in Celaya."),
    ("es", "62 elementos de corporaciones federales, estatales y municipales se trasladaron al lugar, en Guadalupe y Calvo."),
    # sent, called in, set to patrol
    ("es", "La Sedena había enviado a 600 militares a Guaymas, Sonora."),
    ("es", "Militares y agentes de la policía estatal comenzaron a patrullar la región de Choix, Sinaloa."),
    ("en", "Police in Coyuca de Catalan municipality, Guerrero, were dispatched to the location."),
    ("en", "Army road patrols were dispatched to the area in Jerez, Zacatecas."),
    ("en", "Local police called state police for backup in Tepatitlan, Jalisco."),
    ("nl", "De politie kwam ter plaatse in Culiacán, Sinaloa."),
    # the thirty-first session's probe of operation wording: what it lacked
    ("es", "Militares tomaron el control del municipio de Celaya, Guanajuato."),
    ("es", "Se instaló una base de operaciones mixtas en Celaya, Guanajuato."),
    ("es", "La Marina liberó a 20 migrantes secuestrados en Celaya, Guanajuato."),
    ("en", "Marines freed 20 kidnapped migrants in Celaya, Guanajuato."),
    ("en", "A search was launched for the attackers in Celaya, Guanajuato."),
    ("en", "Police swept the area in Celaya, Guanajuato."),
    ("en", "Police secured the scene in Celaya, Guanajuato."),
    ("nl", "Honderden soldaten arriveerden maandag in Celaya, Guanajuato."),
    ("es", "En Celaya, Guanajuato, al llegar los refuerzos, los agresores huyeron."),
    # a place secured by the forces, the gunmen hunted
    ("en", "Gunmen killed six people in Yécora, Sonora. The community has been secured by the state and federal police "
           "along with army troops."),
    ("en", "In Yécora, Sonora, authorities are currently in a search of the armed group."),
])
def test_forces_sent_to_the_scene_are_an_operation(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang)}


def test_people_arriving_at_a_place_are_no_operation(extract) -> None:
    records = extract("Los familiares llegaron al lugar y encontraron el cuerpo de un hombre en Celaya, Guanajuato.", "es")
    assert "operation" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("text,etype", [
    ("Hubo bloqueos luego de que militares capturaran a un líder en Culiacán, Sinaloa, el jueves.", "arrest"),
    ("Hubo bloqueos después de que militares detuvieran a un líder en Culiacán, Sinaloa, el jueves.", "arrest"),
    ("Hubo bloqueos luego de que sicarios mataran a un policía en Culiacán, Sinaloa, el jueves.", "death"),
    ("Esto ocurrió luego de que sujetos armados dispararan contra una patrulla en Culiacán, Sinaloa, el jueves.", "attack"),
    ("Esto ocurrió luego de que un comando secuestrara a dos jóvenes en Culiacán, Sinaloa, el jueves.", "attack"),
    ("Hubo bloqueos luego de que la policía detuviera a un líder en Culiacán, Sinaloa, el jueves.", "arrest"),
])
def test_spanish_past_subjunctive_after_luego_de_que_is_an_event(extract, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, "es")}


def test_people_cut_up_and_burned_are_no_arson(extract) -> None:
    records = extract("Los sicarios los desmembraron y los quemaron con diesel en un barril en Motozintla, Chiapas.", "es")
    assert "arson" not in {r["event_type"] for r in records}, records


def test_a_vehicle_asked_to_stop_is_no_arrest(extract) -> None:
    records = extract("Los policías le pidieron que se detuviera para hacerle una revisión en Huimanguillo, Tabasco.", "es")
    assert "arrest" not in {r["event_type"] for r in records}, records


def test_gunmen_intercepting_a_vehicle_seize_nothing(extract) -> None:
    records = extract("The group, armed with automatic rifles, intercepted the officials' vehicle at an intersection in "
                      "Guasave, Sinaloa, and fired on it.", "en")
    assert "seizure" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text,count", [
    ("es", "En Caborca, Sonora, un policía fue asesinado junto con su esposa.", 2),
    ("es", "En Tehuacán, Puebla, un hombre perdió la vida, al igual que su bebé.", 2),
    ("en", "In Caborca, Sonora, a man was killed, as was his wife.", 2),
    ("en", "In Caborca, Sonora, a man died, as did his baby.", 2),
    ("en", "In Caborca, Sonora, a man was shot dead along with his bodyguard.", 2),
    ("nl", "In Tehuacán, Puebla, kwam een man om het leven, evenals zijn baby.", 2),
    # the kin hurt or spared adds nobody
    ("es", "En Caborca, Sonora, un policía fue asesinado junto con su esposa, quien resultó herida.", 1),
    ("es", "En Caborca, Sonora, un policía fue asesinado y su esposa huyó.", 1),
])
def test_one_of_kin_who_died_along_with_the_victim_counts_one_more(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text,count", [
    ("es", "En Caborca, Sonora, fueron ejecutados el director y su esposa.", 2),
    ("es", "La mañana del viernes fueron ejecutados el director de la Policía de Tránsito Municipal de Caborca, "
           "Sonora, y su esposa.", 2),
    ("en", "Gunmen killed the rancher and his two sons in Caborca, Sonora.", 3),
    ("nl", "De burgemeester van Caborca, Sonora, en zijn vrouw zijn doodgeschoten.", 2),
])
def test_a_head_with_his_office_and_state_and_his_kin_count_each(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


@pytest.mark.parametrize("lang,text,count", [
    ("en", "Human remains were found in a garden in Cuernavaca, Morelos.", 1),
    ("es", "Restos humanos fueron hallados en un jardín de Cuernavaca, Morelos.", 1),
    ("nl", "In een tuin in Cuernavaca, Morelos, zijn menselijke resten gevonden.", 1),
    ("es", "Restos humanos de al menos tres personas fueron hallados en Cuernavaca, Morelos.", 3),
    ("en", "The human remains of six people were found in Cuernavaca, Morelos.", 6),
])
def test_human_remains_are_at_least_one_death(extract, lang: str, text: str, count: int) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [count], deaths


def test_a_person_inside_an_including_aside_is_no_count_of_its_own(extract) -> None:
    text = ("Seis personas, entre ellos un adolescente de 17 años y un bebé de cuatro meses, fueron asesinados a "
            "balazos en Acapulco.")
    deaths = [r for r in extract(text, "es") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [6], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "El Ejército mantiene vigilada la corporación y patrulla las calles del centro de Sabinas Hidalgo, Nuevo León."),
    ("es", "Elementos de seguridad de los tres niveles de gobierno se movilizaron para liberar las vías en Matamoros, "
           "Tamaulipas."),
    ("en", "Both home properties in Tlaquepaque, Jalisco, remain guarded by the National Guard."),
    ("nl", "De woning in Tlaquepaque, Jalisco, wordt bewaakt door de Nationale Garde."),
])
def test_forces_patrolling_guarding_or_mobilised_are_an_operation(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,etype,text", [
    ("en", "disruption", "Visa issuance was suspended until Monday at the consulate in Nuevo Laredo, Tamaulipas."),
    ("en", "seizure", "Police arrested two men in Zamora, Michoacán, who were carrying three firearms and 14 packages of crystal methamphetamine."),
    ("en", "death", "In Cabo San Lucas, Baja California Sur, the military said one of its own had fallen in the line of duty."),
    ("es", "death", "En Cabo San Lucas, Baja California Sur, un marino cayó en cumplimiento de su deber."),
    ("nl", "death", "In Cabo San Lucas, Baja California Sur, sneuvelde een marinier tijdens zijn dienst."),
    ("es", "roadblock", "Los agresores cerraron los accesos al pueblo de Coxquihui, Veracruz."),
    ("en", "roadblock", "The attackers sealed off the roads into Coxquihui, Veracruz."),
    ("es", "unrest", "Nueve internos fueron liberados por un comando armado del penal de Tula, Hidalgo."),
    ("en", "arson", "In Colima, on Friday, a fire was started in a home."),
    ("en", "disruption", "After the confrontation in Chilpancingo, Guerrero, vehicular traffic was closed for more than three hours."),
    ("es", "disruption", "Debido a estos hechos fue cerrada la circulación de la autopista en Xalapa, Veracruz, por una hora."),
    ("nl", "disruption", "Na het vuurgevecht in Chilpancingo werd het verkeer drie uur lang stilgelegd."),
    ("es", "operation", "A las 7 de la mañana las autoridades ya habían liberado las avenidas de Reynosa, Tamaulipas."),
    ("en", "operation", "By 7 a.m. authorities had cleared the avenues of Reynosa, Tamaulipas."),
    ("es", "operation", "Unos mil elementos revisaron casa por casa la cabecera de Coahuayana, Michoacán."),
    ("en", "operation", "Soldiers searched house by house in Coahuayana, Michoacán."),
    ("nl", "operation", "Militairen doorzochten huis aan huis in Coahuayana, Michoacán."),
    ("en", "unrest", "Demonstrators vandalized the municipal palace in San Cristóbal de las Casas, Chiapas."),
    ("es", "unrest", "Manifestantes vandalizaron la presidencia municipal de San Cristóbal de las Casas, Chiapas."),
    ("es", "seizure", "Personal militar encontró 19 artefactos explosivos abandonados en Buenavista, Michoacán."),
    ("en", "seizure", "Soldiers found 19 explosive devices abandoned on a dirt road in Buenavista, Michoacán."),
    ("nl", "seizure", "Militairen vonden negentien explosieven langs een zandweg in Buenavista, Michoacán."),
    ("en", "arson", "In Tixtla, Guerrero, residents burned a patrol car and two police motorcycles in retaliation."),
    ("es", "disruption", "La autopista Durango-Mazatlán se mantuvo cerrada desde la noche del jueves en Durango."),
    ("es", "arrest", "En Pánuco, Veracruz, los policías lograron someter a cuatro pistoleros."),
    ("es", "arrest", "En Pánuco, Veracruz, cuatro pistoleros fueron sometidos por los policías."),
    ("en", "attack", "In Reynosa, Tamaulipas, 32 Central Americans had been kidnapped and tortured by twelve men."),
    ("es", "operation", "La seguridad en esa zona de Chietla, Puebla, se reforzó con elementos de la Guardia Nacional."),
    ("es", "operation", "Elementos de la Guardia Nacional se dirigían hacia Pantelhó, Chiapas, para reforzar a sus compañeros."),
    ("en", "operation", "The army rolled into Villanueva, Zacatecas, and ordered the police to surrender their weapons."),
    ("es", "operation", "Militares y policías acudieron a la comunidad de Baborigame, Chihuahua, para atender una denuncia."),
    ("en", "operation", "Soldiers, marines and police surrounded and stormed a safe house in Xalapa, Veracruz."),
    ("es", "seizure", "En San Pedro Garza García, Nuevo León, fueron asegurados tres automóviles de la cochera."),
])
def test_wording_found_missing_in_the_twenty_fourth_session(extract, lang: str, etype: str, text: str) -> None:
    # from errors of heldout68-73 (opened this session) and the development sets
    assert etype in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,etype,text", [
    ("es", "operation", "Elementos del Ejército persiguieron a unos 50 supuestos integrantes de Los Zetas en el municipio de "
                        "Pinos, Zacatecas."),
    ("es", "operation", "Militares, marinos y la Policía Federal se concentran en Xalisco, Nayarit, pero el grupo armado se "
                        "esfumó."),
    ("en", "operation", "Mexican military forces responded to reports of convoys of gunmen in Tulum, Quintana Roo."),
    ("nl", "operation", "Militairen achtervolgden de schutters door de straten van Pinos, Zacatecas."),
    ("en", "seizure", "The detainees were apprehended in El Salero, Aguascalientes, with about 50 kilograms of marijuana."),
    ("es", "seizure", "Los detenidos fueron capturados en El Salero, Aguascalientes, con 50 kilos de marihuana."),
    ("nl", "seizure", "De verdachten werden in El Salero, Aguascalientes, aangehouden met 50 kilo marihuana."),
    ("en", "seizure", "In Tulum, Quintana Roo, over 500 street doses of narcotics were found."),
    ("nl", "seizure", "In Tulum, Quintana Roo, werden meer dan 500 doses verdovende middelen gevonden."),
    ("es", "seizure", "En Xalisco, Nayarit, los agentes ubicaron dos armas conocidas como cuernos de chivo."),
])
def test_wording_found_missing_in_the_twenty_fifth_session(extract, lang: str, etype: str, text: str) -> None:
    # from errors of heldout77-82 (opened this session): forces pursuing or gathering, drugs on the arrested
    assert etype in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Policías irrumpieron en una casa de seguridad en Zitácuaro, Michoacán."),
    ("es", "Elementos de la Sedena instalaron un retén en Zitácuaro, Michoacán."),
    ("es", "Militares desarmaron a la policía municipal de Zitácuaro, Michoacán."),
    ("es", "Autoridades mantienen un cerco en Zitácuaro, Michoacán."),
    ("es", "Un helicóptero de la Marina sobrevoló Zitácuaro, Michoacán."),
    ("es", "Efectivos del Ejército vigilan las calles de Zitácuaro, Michoacán."),
    ("es", "Fuerzas especiales ingresaron a la comunidad de Zitácuaro, Michoacán."),
    ("es", "Militares inspeccionaron vehículos en Zitácuaro, Michoacán."),
    ("en", "Soldiers disarmed the municipal police of Zitácuaro, Michoacán."),
    ("en", "A navy helicopter flew over Zitácuaro, Michoacán."),
    ("en", "The military presence was stepped up in Zitácuaro, Michoacán."),
    ("en", "Troops searched vehicles in Zitácuaro, Michoacán."),
    ("en", "Special forces entered the community of Zitácuaro, Michoacán."),
    ("en", "Soldiers swept through Zitácuaro, Michoacán."),
    ("nl", "Mariniers bestormden een huis in Zitácuaro, Michoacán."),
    ("nl", "Veiligheidstroepen bevrijdden vijf ontvoerde mensen in Zitácuaro, Michoacán."),
])
def test_forces_named_before_what_they_did_are_an_operation(extract, lang: str, text: str) -> None:
    # common operation wording checked against a list written from the reporting's usual phrases, not from a set's
    # errors; guarding a building stays out ("soldiers are guarding the hospital": the gold codes no operation)
    assert "operation" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,etype,text", [
    ("en", "attack", "Gunmen sprayed bullets at a bus in Zitácuaro, Michoacán."),
    ("es", "arrest", "Quedaron a disposición del Ministerio Público dos sujetos asegurados en Zitácuaro, Michoacán."),
    ("nl", "arrest", "Militairen namen een kartelbaas gevangen in Zitácuaro, Michoacán."),
    ("es", "seizure", "Fue desmantelado un campamento del crimen organizado en Zitácuaro, Michoacán."),
    ("en", "seizure", "Authorities dismantled a cartel camp in Zitácuaro, Michoacán."),
    ("nl", "seizure", "De politie ontmantelde een kamp van het kartel in Zitácuaro, Michoacán."),
    ("es", "roadblock", "Atravesaron un tráiler en la autopista en Zitácuaro, Michoacán."),
])
def test_common_wording_of_the_reporting_not_yet_known(extract, lang: str, etype: str, text: str) -> None:
    # from a list of the reporting's usual phrases per type, written without looking at any set's errors
    assert etype in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Elementos de la Defensa tomaron posiciones en Zitácuaro, Michoacán."),
    ("es", "La Secretaría de Marina aseguró la zona en Zitácuaro, Michoacán."),
    ("es", "Corporaciones de seguridad mantienen la vigilancia en Zitácuaro, Michoacán."),
    ("es", "En Zitácuaro, Michoacán, hay fuerte presencia policiaca."),
    ("es", "Soldados y policías rastrean la zona serrana de Zitácuaro, Michoacán."),
    ("es", "Un convoy militar recorre Zitácuaro, Michoacán."),
    ("es", "La Marina intervino la policía municipal de Zitácuaro, Michoacán."),
    ("en", "The arrival of 500 National Guard troops in Zitácuaro, Michoacán, brought some calm."),
    ("en", "A military convoy patrols Zitácuaro, Michoacán."),
    ("en", "The National Guard took over policing in Zitácuaro, Michoacán."),
    ("en", "A heavy police presence remained in Zitácuaro, Michoacán."),
    ("nl", "Na de inzet van federale troepen in Zitácuaro, Michoacán, keerde de rust terug."),
    ("nl", "Er is een grote politiemacht op de been in Zitácuaro, Michoacán."),
])
def test_forces_arriving_taking_over_or_present_are_an_operation(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "En Miguel Alemán, Tamaulipas, los alcaldes han solicitado mayor presencia policial."),
    ("es", "En Zitácuaro, Michoacán, cinco pistoleros intentaron escapar a un convoy militar."),
    ("en", "In Chicomuselo, Chiapas, residents waited for the arrival of experts and agents of the prosecutor's office."),
])
def test_presence_asked_for_a_convoy_escaped_or_experts_awaited_are_no_operation(extract, lang: str, text: str) -> None:
    assert "operation" not in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,etype,text", [
    ("es", "seizure", "La Policía localizó junto a los cuerpos seis fusiles AK-47 en Tepic, Nayarit."),
    ("es", "roadblock", "Los manifestantes comenzaron a cerrar las calles del centro de Cuautepec, Hidalgo."),
    ("en", "attack", "Four students were taken by force from their schools in Cuernavaca, Morelos."),
    # from a list of the reporting's usual phrases (not from a set's errors)
    ("en", "attack", "A man was stabbed to death in Zitácuaro, Michoacán."),
    ("es", "attack", "Un hombre fue apuñalado en Zitácuaro, Michoacán."),
    ("en", "operation", "Troops took control of Zitácuaro, Michoacán."),
    ("es", "operation", "El Ejército lanzó una ofensiva contra el cártel en Zitácuaro, Michoacán."),
    ("es", "operation", "Se estableció un perímetro de seguridad en Zitácuaro, Michoacán."),
    ("es", "operation", "Las tropas tomaron el control de Zitácuaro, Michoacán."),
    ("es", "death", "Le quitaron la vida a un comerciante en Zitácuaro, Michoacán."),
    ("es", "death", "Quemaron vivo a un hombre en Zitácuaro, Michoacán."),
    ("es", "death", "Se localizó una narcofosa en Zitácuaro, Michoacán."),
    ("es", "attack", "Fueron levantados dos jóvenes en Zitácuaro, Michoacán."),
    ("es", "attack", "Asaltaron a mano armada a transportistas en Zitácuaro, Michoacán."),
    ("es", "arrest", "Fueron asegurados cuatro presuntos delincuentes en Zitácuaro, Michoacán."),
    ("es", "disruption", "Se registró un éxodo de familias en Zitácuaro, Michoacán."),
    # the machine English of the Spanish press
    ("en", "attack", "Shots were heard in Zitácuaro, Michoacán."),
    ("en", "attack", "A man was injured by a firearm projectile in Zitácuaro, Michoacán."),
    ("en", "arrest", "Four alleged criminals were secured in Zitácuaro, Michoacán."),
    ("en", "seizure", "The insurance of a vehicle with a theft report was carried out in Zitácuaro, Michoacán."),
    ("en", "disruption", "Merchants lowered their curtains in Zitácuaro, Michoacán."),
    ("en", "death", "The victim no longer had vital signs in Zitácuaro, Michoacán."),
    ("en", "attack", "The victim received several impacts of a firearm in Zitácuaro, Michoacán."),
    ("en", "attack", "Two police officers were injured by bullets in Zitácuaro, Michoacán."),
    ("en", "attack", "A group of armed men deprived a man of his liberty in Zitácuaro, Michoacán."),
    ("en", "attack", "Gunmen riddled a vehicle in Zitácuaro, Michoacán."),
])


def test_wording_found_missing_in_the_development_sets_this_session(extract, lang: str, etype: str, text: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang)}


def test_bodies_lifted_are_no_abduction(extract) -> None:
    # "levantados" is the press's word for abducted, but also for bodies lifted from a scene
    text = "En Tlaxco, Tlaxcala, los cuerpos fueron levantados y trasladados al anfiteatro de Apizaco."
    assert "attack" not in {r["event_type"] for r in extract(text, "es")}


def test_goods_handed_over_to_the_prosecutor_are_no_arrest(extract) -> None:
    text = "En Zitácuaro, Michoacán, las camionetas quedaron a disposición del Ministerio Público para su resguardo."
    assert "arrest" not in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("lang,etype,text", [
    ("es", "arson", "En Miacatlán, Morelos, los mensajes ordenaban a los conductores parar labores, de lo contrario sus "
                    "unidades serían quemadas."),
    ("en", "arson", "In Miacatlán, Morelos, the messages ordered drivers to stop work, or their buses would be burned."),
    ("es", "death", "En Tuzantla, Michoacán, se desconocen cifras de lesionados, muertos y daños materiales."),
    ("es", "death", "En Tuzantla, Michoacán, se desconoce si hay muertos."),
    ("es", "death", "En Tuzantla, Michoacán, las autoridades informaron que no se tiene registro, hasta este momento, de "
                    "personas muertas o lesionadas."),
    ("en", "death", "In Tuzantla, Michoacán, it is not known whether anyone died."),
    ("en", "death", "In Tuzantla, Michoacán, the number of dead is unknown."),
])
def test_what_would_happen_or_is_not_known_is_no_event(extract, lang: str, etype: str, text: str) -> None:
    # (Dutch "anders zouden hun bussen worden verbrand", "niet bekend of er doden zijn gevallen" were read so before)
    assert etype not in {r["event_type"] for r in extract(text, lang)}


def test_an_unknown_identity_of_the_dead_still_tells_deaths(extract) -> None:
    assert "death" in {r["event_type"] for r in extract(
        "En Tuzantla, Michoacán, se desconoce la identidad de los tres muertos.", "es")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen carrying rifles attacked a police station in Zamora, Michoacán."),
    ("en", "Police sealed off the roads into Coxquihui, Veracruz, after the attack."),
])
def test_gunmen_carrying_rifles_or_police_sealing_roads_are_no_seizure_or_roadblock(extract, lang: str, text: str) -> None:
    assert not {"seizure", "unrest", "roadblock"} & {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Extortion of teachers causes the closure of 140 elementary and middle schools in Acapulco."),
    ("es", "La extorsión provocó el cierre de más de cien escuelas en Acapulco, Guerrero."),
    ("nl", "De afpersing leidde tot de sluiting van 140 lagere en middelbare scholen in Acapulco."),
])
def test_the_closure_of_many_schools_told_with_their_number_is_a_disruption(extract, lang: str, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,etype,text", [
    ("en", "seizure", "In Calera, Zacatecas, police also collected eight assault rifles at the scene, along with three "
                      "vehicles."),
    ("en", "disruption", "Tuesday's shooting in the town of Coronado, Chihuahua, prompted government offices to close "
                         "and merchants to lock down their establishments."),
])
def test_weapons_collected_and_offices_told_to_close(extract, lang: str, etype: str, text: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("text,etype", [
    ("Aunque las balaceras contra la población se han detenido en San Miguel Totolapan, Guerrero, la aprehensión "
     "entre los vecinos persiste.", "arrest"),  # shootings that stopped, and fear, are no arrest
    ("Sesenta residentes de Petlacala, en San Miguel Totolapan, Guerrero, buscaron refugio en la localidad vecina de "
     "Toro Muerto.", "death"),  # a place named Toro Muerto is no death
    ("La situación se desencadenó por la presunta incursión del grupo criminal La Familia Michoacana en San Miguel "
     "Totolapan, Guerrero.", "operation"),  # a gang's incursion is no security operation
])
def test_stopping_fear_a_places_name_and_a_gangs_incursion_are_no_event_of_their_word(extract, text: str,
                                                                                        etype: str) -> None:
    assert etype not in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("lang,text", [
    ("nl", "In de Mexicaanse stad Celaya is een burgemeesterskandidate op straat doodgeschoten.\n\n"
           "In de aanloop naar de verkiezingen zijn al meer dan tien politieke kandidaten vermoord."),
    ("en", "A mayoral candidate was shot dead in the street in Celaya, Guanajuato.\n\n"
           "Ahead of the elections, already more than ten political candidates killed."),
    ("es", "Una candidata a la alcaldía fue asesinada a tiros en Celaya, Guanajuato.\n\n"
           "Antes de las elecciones ya suman más de diez candidatos asesinados."),
])
def test_a_total_so_far_is_no_count_of_the_days_killing(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang) if r["event_type"] == "death"]
    assert deaths and all(r["fatalities"] == 1 for r in deaths), deaths


@pytest.mark.parametrize("lang,text", [
    ("en", "In Tijuana, Baja California, two of the wounded are minors who remain between life and death."),
    ("es", "En Mexicali, Baja California, dos de los lesionados son menores cuya vida permanece debatiéndose entre la "
           "vida y la muerte."),
    ("nl", "In Tijuana zweven twee gewonde kinderen tussen leven en dood."),
])
def test_the_wounded_between_life_and_death_are_no_death(extract, lang: str, text: str) -> None:
    assert "death" not in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,etype", [
    ("en", "In Mazatlán, Sinaloa, soldiers also seized six improvised explosive devices and 39 pieces of tactical "
           "equipment.", "seizure"),
    ("es", "En Mazatlán, Sinaloa, los militares también aseguraron seis artefactos explosivos improvisados.", "seizure"),
    ("nl", "In Mazatlán, Sinaloa, namen militairen ook zes geïmproviseerde explosieven in beslag.", "seizure"),
    ("en", "A man in his 40s was found shot to death in Durango municipality Tuesday.", "death"),
    ("es", "En Durango, un hombre fue hallado muerto a balazos el martes.", "death"),
    ("nl", "In Durango werd dinsdag een man doodgeschoten aangetroffen.", "death"),
])
def test_explosives_seized_and_bodies_found_shot_are_no_attack(extract, lang: str, text: str, etype: str) -> None:
    types = {r["event_type"] for r in extract(text, lang)}
    assert etype in types and "attack" not in types, types


@pytest.mark.parametrize("lang,text", [
    ("es", "Hubo balaceras en Tacotalpa, y aunque no se reportaron víctimas, lesionados o detenidos, llegaron operativos "
           "federales."),
    ("es", "Hubo balaceras en Tacotalpa; no se registraron daños, heridos ni detenidos."),
])
def test_a_list_of_harms_none_reported_takes_back_the_arrests(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang, date="2024-01-30")}
    assert "attack" in types and "arrest" not in types, types


def test_a_list_of_harms_none_reported_takes_back_the_deaths(extract) -> None:
    records = extract("Hubo balaceras en Tacotalpa. No se reportaron daños, lesionados o muertos.", "es", date="2024-01-30")
    assert "death" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("text", [
    "A Mexican Army unit was dispatched to a farmhouse in the village of Santa Ana in Juarez municipality.",
    "Navy units were sent to Choix after the reports.",
])
def test_a_unit_dispatched_is_an_operation(extract, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, "en", date="2012-03-07")}


@pytest.mark.parametrize("text,attack", [
    ("Armed groups battled in Guasave on Thursday morning.", True),
    ("Marines battled gunmen for three hours in Reynosa.", True),
    ("The criminal organization is battling a splinter group in Michoacán.", False),
])
def test_armed_groups_that_battled_clashed(extract, text: str, attack: bool) -> None:
    assert ("attack" in {r["event_type"] for r in extract(text, "en", date="2011-04-29")}) is attack


@pytest.mark.parametrize("text", [
    "Sí va a haber suspensión de fiestas patrias en San Martín Texmelucan, dijo el gobernador.",
    "El ayuntamiento de Texmelucan suspendió los festejos del Grito por la violencia.",
])
def test_national_day_celebrations_suspended_are_a_disruption(extract, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, "es", date="2019-09-14")}


@pytest.mark.parametrize("lang,text", [
    ("nl", "In de gevangenis van Reynosa braken rellen uit. De politie kreeg de situatie onder controle."),
    ("es", "En el penal de Reynosa hubo una riña. Las autoridades lograron controlar la situación."),
    ("en", "A riot broke out at the Reynosa prison. Police brought the situation under control."),
])
def test_forces_that_got_the_situation_under_control_operated(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang, date="2017-08-10")}


@pytest.mark.parametrize("text,disruption", [
    ("Los combates desplazaron nuevamente a residentes de Apatzingán.", True),
    ("El poblado de Francisco Villa, en Tuzantla, se quedó deshabitado tras amenazas criminales.", True),
    ("Tras el tiroteo en Jocotepec, en el lugar quedaron abandonadas dos motos y una camioneta.", False),
])
def test_people_displaced_and_a_village_left_empty_are_a_disruption(extract, text: str, disruption: bool) -> None:
    assert ("disruption" in {r["event_type"] for r in extract(text, "es", date="2025-07-10")}) is disruption


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers clashed with gunmen in Río Bravo. Four soldiers were wounded and required evacuation to a Ciudad "
           "Rio Bravo medical clinic."),
    ("es", "Soldados se enfrentaron a pistoleros en Río Bravo. Los heridos fueron evacuados a un hospital de Reynosa."),
])
def test_the_wounded_evacuated_to_a_clinic_are_no_disruption(extract, lang: str, text: str) -> None:
    assert "disruption" not in {r["event_type"] for r in extract(text, lang, date="2012-03-17")}


def test_a_prosecutor_taking_control_of_a_town_s_police_is_an_operation(extract) -> None:
    records = extract("Apenas este martes, la fiscalía tomó el control de la policía municipal de Ocotlán.", "es",
                      date="2017-03-17")
    assert {(r["event_type"], r["admin2"]) for r in records} == {("operation", "Ocotlán")}, records


@pytest.mark.parametrize("text,operation", [
    ("Sobre la calle Juan N Méndez, en Chignahuapan, participaron elementos de la Policía Estatal y de la Sedena.", True),
    ("Un civil armado murió tras un enfrentamiento en Aquila en el que participaron elementos de la Semar.", False),
])
def test_forces_that_took_part_operated_unless_in_a_clash(extract, text: str, operation: bool) -> None:
    assert ("operation" in {r["event_type"] for r in extract(text, "es", date="2019-04-02")}) is operation


def test_people_who_leave_their_homes_now_are_displaced(extract) -> None:
    records = extract("Pobladores de Bacayopa y comunidades aledañas, en Choix, dejan sus hogares ante la violencia.", "es",
                      date="2025-03-29")
    assert {(r["event_type"], r["admin2"]) for r in records} == {("disruption", "Choix")}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Tourist Police Chief Mario Gómez Frías was shot several times and found dead in his patrol vehicle in Playa "
           "del Carmen."),
    ("es", "En Empalme, un ataque a balazos le provocó la muerte a un niño de siete años de edad."),
])
def test_one_victim_shot_and_found_dead_or_whose_death_was_caused_is_one_death(extract, lang: str, text: str) -> None:
    deaths = [r["fatalities"] for r in extract(text, lang, date="2011-09-11") if r["event_type"] == "death"]
    assert deaths == [1], deaths


@pytest.mark.parametrize("lang,text,count", [
    ("en", "As a result of the confrontation ten suspects, nine men and one woman, were killed in Perote.", 10),
    ("es", "Seis personas, cuatro hombres y dos mujeres, fueron asesinadas en Perote.", 6),
    ("nl", "Zes mensen, vier mannen en twee vrouwen, werden doodgeschoten in Perote.", 6),
    ("en", "Gunmen killed two men, one woman and one child in Perote.", 4),
])
def test_a_group_then_its_parts_is_counted_once(extract, lang: str, text: str, count: int) -> None:
    deaths = [r["fatalities"] for r in extract(text, lang, date="2014-03-28") if r["event_type"] == "death"]
    assert deaths == [count], deaths


@pytest.mark.parametrize("text,disruption", [
    ("En días recientes, otras 280 familias de la comunidad La Esperanza, en Pantelhó, también se desplazaron por los "
     "ataques.", True),
    ("Los oficiales se encontraron con sujetos armados en Pantelhó, los cuales se desplazaban a bordo de camionetas.", False),
    ("Luego del tiroteo en Pantelhó, más de 30 patrullas se desplazaron al lugar de los hechos.", False),
])
def test_families_who_moved_away_are_displaced_not_gunmen_travelling(extract, text: str, disruption: bool) -> None:
    assert ("disruption" in {r["event_type"] for r in extract(text, "es", date="2024-07-25")}) is disruption


def test_an_army_unit_of_a_military_zone_dispatched_is_an_operation(extract) -> None:
    records = extract("Tuesday March 6th, a Mexican Army unit with the 8th Military Zone was dispatched to a farmhouse in "
                      "Ciudad Juárez.", "en", date="2012-03-07")
    assert "operation" in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text,count", [
    ("en", "Five soldiers and a suspected drug cartel enforcer were killed in a shootout in Carácuaro.", 6),
    ("en", "Three members of the Gulf Cartel were killed during a shootout with the army in Matamoros, Tamaulipas, on "
           "Friday night, authorities said.\nA bystander was also killed during the confrontation and two police officers "
           "were wounded.", 4),
    ("es", "Policías fueron emboscados en Villanueva y el director operativo del grupo murió. En el sitio quedó abatido "
           "además uno de los civiles agresores.", 2),
])
def test_one_more_victim_after_a_group_adds_one(extract, lang: str, text: str, count: int) -> None:
    deaths = [r["fatalities"] for r in extract(text, lang, date="2021-05-01") if r["event_type"] == "death"]
    assert deaths == [count], deaths


@pytest.mark.parametrize("lang,text", [
    ("en", "In San Cristóbal de las Casas, hooded men with high-powered weapons shot in the air on different occasions."),
    ("es", "En San Cristóbal de las Casas, hombres encapuchados dispararon al aire en varias ocasiones."),
    ("nl", "In San Cristóbal de las Casas schoten gemaskerde mannen meermaals in de lucht."),
])
def test_shots_fired_into_the_air_are_an_attack(extract, lang: str, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, lang, date="2022-06-14")}


def test_people_sheltering_in_businesses_from_gunmen_are_a_disruption(extract) -> None:
    records = extract("In San Cristóbal de las Casas, a multitude of people were sheltering in businesses in the area, as "
                      "they fear the armed men.", "en", date="2022-06-14")
    assert "disruption" in {r["event_type"] for r in records}, records


def test_the_loss_of_three_lives_is_three_deaths(extract) -> None:
    records = extract("En Nueva América, municipio de Chicomuselo, la resistencia de campesinos armados resultó en la "
                      "trágica pérdida de tres vidas.", "es", date="2024-01-17")
    assert [r["fatalities"] for r in records if r["event_type"] == "death"] == [3], records


@pytest.mark.parametrize("text,absent", [
    ("Doce personas fueron detenidas tras la ejecución simultánea de igual número de cateos en Corregidora.", "death"),
    ("Durante el cateo en Culiacán se aseguró una pistola y una cubeta llena de puyas de acero (ponchallantas).",
     "roadblock"),
])
def test_raids_carried_out_and_tyre_spikes_seized_are_no_killing_or_blockade(extract, text: str, absent: str) -> None:
    records = extract(text, "es", date="2026-03-06")
    assert records and absent not in {r["event_type"] for r in records}, records


def test_a_count_to_date_is_a_tally_not_an_event(extract) -> None:
    records = extract("Hasta la fecha se cuentan 28 ejecutados en el municipio de Othón P. Blanco, tres veces el número del "
                      "año pasado.", "es", date="2019-12-22")
    assert not [r for r in records if r["event_type"] == "death"], records


@pytest.mark.parametrize("text,etype", [
    ("Two men were located lifeless on a dirt road in the municipality of Navolato.", "death"),
    ("Residents reported detonations of firearm in the colony Guadalupe of Culiacán.", "attack"),
    ("Armed subjects shot against the facade of a house in Culiacán.", "attack"),
    ("Elements of the Army secured three subjects in Culiacán.", "arrest"),
    ("Three people were placed at the disposal of the Public Ministry in Culiacán.", "arrest"),
])
def test_machine_english_of_spanish_wording_is_read(extract, text: str, etype: str) -> None:
    # the English of translation engines copies Spanish: "localizados sin vida", "detonaciones de arma de fuego"
    assert etype in {r["event_type"] for r in extract(text, "en", date="2020-01-21")}


def test_goods_placed_at_the_disposal_of_the_authorities_are_no_arrest(extract) -> None:
    records = extract("In Tamasopo the authorities secured long arms and armored vehicles, which were placed at the "
                      "disposal of the appropriate authorities.", "en", date="2022-06-01")
    assert "arrest" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "In Santa Rosa de Lima soldiers reported seizing 10 assault rifles, 14 grenades and 30 gasoline bombs."),
    ("es", "En Santa Rosa de Lima los soldados aseguraron diez fusiles, catorce granadas y 30 bombas molotov."),
])
def test_fire_bombs_seized_are_no_arson(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang, date="2021-01-11")}
    assert "seizure" in types and "arson" not in types, types


@pytest.mark.parametrize("lang,text,absent", [
    ("es", "«No ha habido un ataque directo en Zihuatanejo», reconoció el fiscal.", "attack"),
    ("es", "En Tuxpan hubo un enfrentamiento entre fuerzas federales y civiles armados, sin que hasta el momento se hayan "
           "dado a conocer detalles oficiales sobre personas detenidas o lesionadas.", "arrest"),
    ("en", "In Texmelucan the fuel thieves attacked police with bullets, without any reports of injuries or deaths on "
           "either side.", "death"),
])
def test_what_did_not_happen_or_was_not_told_gives_no_record(extract, lang: str, text: str, absent: str) -> None:
    assert absent not in {r["event_type"] for r in extract(text, lang, date="2023-02-03")}


@pytest.mark.parametrize("lang,text,count", [
    ("es", "En Guachochi un hombre fue decapitado.", 1),
    ("nl", "Gewapende mannen vielen een bar in Mexico-Stad binnen. Ze schoten vijf mensen dood, acht mensen raakten gewond.",
     5),
    ("nl", "In Culiacán vielen twintig schoten; twee mannen kwamen om.", 2),
])
def test_a_beheading_and_a_split_dutch_verb_give_their_count(extract, lang: str, text: str, count: int) -> None:
    deaths = [r["fatalities"] for r in extract(text, lang, date="2018-09-15") if r["event_type"] == "death"]
    assert deaths == [count], deaths


@pytest.mark.parametrize("text,etype", [
    ("Tras el enfrentamiento, por la zona de Reynosa circularon patrullas y convoyes de las policías y del Ejército.",
     "operation"),
    ("En Coatzacoalcos el ataque generó la movilización de corporaciones de seguridad y cuerpos de emergencia.",
     "operation"),
    ("En Nanacamilpa uno de los detenidos accionó su arma de fuego contra los agentes federales.", "attack"),
    ("En Pueblo Nuevo las mujeres decidieron huir con sus hijos ante las amenazas.", "disruption"),
    ("Habitantes de la comunidad La Lagunita, en Pueblo Nuevo, abandonaron el poblado ante la violencia.", "disruption"),
])
def test_spanish_wording_of_patrols_shots_and_flight_is_read(extract, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, "es", date="2010-08-12")}


@pytest.mark.parametrize("lang,text", [
    ("en", "In Altamirano the officers were pursued by gunmen while walking to a bank, and were killed in a nearby hotel."),
    ("es", "En Altamirano los agentes fueron perseguidos por sicarios y asesinados en un hotel."),
])
def test_people_chased_by_gunmen_are_no_operation(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang, date="2013-03-23")}
    assert "death" in types and "operation" not in types, types


@pytest.mark.parametrize("lang,text", [
    ("es", "En Bacalar, los responsables tomaron otro camino para evitar ser capturados por la policía."),
    ("en", "In Bacalar, the gunmen took another road to avoid being arrested by the police."),
    # ... and an escape told as done
    ("es", "Pese a un operativo en Bacalar, los responsables lograron evadir la captura."),
    ("es", "En Bacalar, los agresores huyeron y evitaron su detención."),
    ("en", "Despite a search in Bacalar, the gunmen evaded arrest."),
])
def test_fleeing_to_avoid_capture_is_no_arrest(extract, lang: str, text: str) -> None:
    assert "arrest" not in {r["event_type"] for r in extract(text, lang, date="2019-06-01")}


@pytest.mark.parametrize("lang,text", [
    ("es", "El Ejército y la Guardia Nacional se mantienen alerta en Pantelhó sin realizar acciones concretas."),
    ("en", "Soldiers stayed in their barracks in Pantelhó without carrying out any operation."),
])
def test_forces_that_did_nothing_are_no_operation(extract, lang: str, text: str) -> None:
    assert "operation" not in {r["event_type"] for r in extract(text, lang, date="2024-12-05")}


@pytest.mark.parametrize("text,count", [
    ("En Minatitlán un sujeto armado mató a balazos a dos policías.", 2),
    ("En Minatitlán dos sujetos armados mataron a un policía.", 1),
    ("En Minatitlán tres hombres fueron asesinados.", 3),
])
def test_an_active_killing_verb_counts_its_object_not_its_subject(extract, text: str, count: int) -> None:
    deaths = [r["fatalities"] for r in extract(text, "es", date="2019-05-01") if r["event_type"] == "death"]
    assert deaths == [count], deaths


@pytest.mark.parametrize("lang,text", [
    # a charge for a killing, a gang's record, a check for casualties, a death in the state next door
    ("es", "Marinos detuvieron a trece presuntos miembros de Los Zetas en San Julián, Veracruz, uno de ellos acusado de "
           "haber asesinado a un soldado."),
    ("nl", "Mariniers arresteerden dertien vermoedelijke leden van Los Zetas in San Julián, Veracruz, onder wie een man "
           "die verdacht wordt van de moord op een soldaat."),
    ("nl", "Het kartel pleegde duizenden moorden. Dertien leden werden gearresteerd in Mexico-Stad."),
    ("en", "The cartel committed thousands of murders. Thirteen members were arrested in Mexico City."),
    ("es", "El cártel cometió miles de asesinatos. Trece integrantes fueron detenidos en la Ciudad de México."),
    ("es", "Los agentes verificaron si había personas heridas o fallecidas en Zamora, pero los vecinos informaron que "
           "hubo disparos contra las viviendas."),
    ("es", "En Guanajuato capital se registraron disparos contra tiendas tras la muerte del líder del Cártel Jalisco "
           "Nueva Generación en la entidad vecina."),
    ("en", "In Guanajuato, gunmen opened fire on shops after the killing of the cartel's leader in the neighbouring "
           "state."),
])
def test_a_charge_a_record_a_check_and_a_death_next_door_are_no_death(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2026-02-23")
    assert records and "death" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Drug cartel gunmen blocked a number of the main avenues in Reynosa on Saturday.", "roadblock"),
    ("en", "Gunmen blocked at least seven important avenues in Reynosa after the shootouts.", "roadblock"),
    ("es", "El enfrentamiento en Huitzilac dejó un saldo de dos personas muertas, varios lesionados y un vehículo "
           "asegurado.", "seizure"),
])
def test_avenues_blocked_and_a_vehicle_secured_in_a_toll(extract, lang: str, text: str, kind: str) -> None:
    assert kind in {r["event_type"] for r in extract(text, lang, date="2012-11-03")}


@pytest.mark.parametrize("lang,text,kind,town", [
    ("es", "La Secretaría de la Defensa Nacional ha desplazado a personal del Ejército a Guadalupe y Calvo para recuperar "
           "el control de la población.", "operation", "Guadalupe y Calvo"),
    ("es", "Habitantes de Guadalupe y Calvo dijeron que los accesos por carretera a la población estuvieron cerrados por "
           "sujetos armados.", "roadblock", "Guadalupe y Calvo"),
    ("en", "On Friday, a federal police patrol came under small arms fire in Calera municipality from individuals "
           "travelling aboard a pickup truck.", "attack", "Calera"),
])
def test_troops_moved_in_roads_shut_by_gunmen_and_small_arms_fire(extract, lang: str, text: str, kind: str,
                                                                  town: str) -> None:
    records = extract(text, lang, date="2012-12-10")
    assert (kind, town) in {(r["event_type"], r["admin2"]) for r in records}, records


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "He admitted to participating in massacres on the payroll of La Familia Michoacana. Locals detained him in "
           "Petatlán.", "death"),
    ("es", "Confesó haber participado en varios asesinatos para La Familia Michoacana. Pobladores lo detuvieron en "
           "Petatlán.", "death"),
    ("en", "As of 2022, there are currently 386k internally displaced people in Mexico, according to a monitoring centre. "
           "Soldiers detained a gunman in Petatlán.", "disruption"),
    ("es", "Hay más de 380 mil desplazados internos en el país, según un centro de monitoreo. Militares detuvieron a un "
           "pistolero en Petatlán.", "disruption"),
    # ... to its end: the NGO "track the number of civilians forced to leave their homes"
    ("en", "Soldiers detained a gunman in Petatlán. As of 2022, there are currently 386k internally displaced people in "
           "Mexico according to an NGO who track the number of civilians forced to leave their homes due to violence.",
     "disruption"),
])
def test_a_confession_and_a_country_s_tally_of_displaced_are_no_events(extract, lang: str, text: str,
                                                                       absent: str) -> None:
    records = extract(text, lang, date="2024-03-26")
    assert records and absent not in {r["event_type"] for r in records}, records


def test_a_spanish_dateline_s_date_is_no_event_date(extract) -> None:
    records = extract("México, noviembre 19 - Unos 11 presuntos miembros de Los Zetas murieron tras enfrentarse a "
                      "tiros con militares en el norte del país.\n\nDe acuerdo con un comunicado de Defensa, murieron el "
                      "pasado miércoles en Nueva Ciudad Guerrero, Tamaulipas.", "es", date="2010-11-19")
    assert records and {r["event_date"] for r in records} == {"2010-11-17"}, records


def test_an_officer_s_title_is_no_operation(extract) -> None:
    records = extract("La policía de Torreón localizó este sábado 10 cuerpos decapitados, informó Guillermo Flores, "
                      "comandante operativo de la corporación.", "es", date="2011-07-09")
    assert records and "operation" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("text", [
    "Gunmen attacked the police station in Valle de Santiago, killing five prisoners and freeing another.",
    "Hours later, an armed gang attacked a police detention center in Celaya and freed another prisoner.",
])
def test_another_prisoner_freed_is_unrest(extract, text: str) -> None:
    assert "unrest" in {r["event_type"] for r in extract(text, "en", date="2019-08-02")}


@pytest.mark.parametrize("lang,text,count", [
    ("es", "La mañana de este domingo, frente a su domicilio, cayó abatido por disparos de arma de fuego Alberto N, quien "
           "vivía en Juchitán de Zaragoza.", 1),
    ("en", "According to local authorities, the victim died at the scene in Playa del Carmen, while two tourists were "
           "injured.", 1),
    ("en", "On Tuesday, boxing medalist Ángel Nery found himself in the midst of a gunfight in El Zacatal, Los Cabos, and "
           "died in the crossfire.", 1),
    # attackers are people: "drie aanvallers" counts (a number of attacks does not)
    ("nl", "Bij een aanval op de kantoren van de procureur in Cancún stierven drie aanvallers.", 3),
])
def test_one_victim_in_the_singular_and_attackers_counted(extract, lang: str, text: str, count: int) -> None:
    deaths = [r["fatalities"] for r in extract(text, lang, date="2019-06-30") if r["event_type"] == "death"]
    assert deaths == [count], deaths


@pytest.mark.parametrize("lang,text,count", [
    # the force a group belongs to, between two counts of one sum
    ("es", "Tres policías de la Policía Estatal Preventiva (PEP) y ocho civiles más murieron asesinados en Fresnillo.", 11),
    # one person with an article opening a list of counted groups
    ("en", "A fierce gun battle in Reynosa killed an innocent taco vendor, three gunmen and one police officer.", 5),
    # an age between commas is no count
    ("en", "A man, 45, was shot dead in Reynosa.", 1),
    ("en", "Gunmen in Reynosa killed a man, 45, and wounded his son.", 1),
    # a day set off by commas between the killing verb and its object
    ("es", "Un grupo de sicarios mató ayer, sábado, a dos policías en Minatitlán, Veracruz.", 2),
    # one more who died later
    ("nl", "Vijf agenten waren op slag dood in Salamanca, een zesde bezweek in het ziekenhuis aan zijn verwondingen.", 6),
])
def test_sums_across_a_force_s_name_a_listed_one_and_ages(extract, lang: str, text: str, count: int) -> None:
    deaths = [r["fatalities"] for r in extract(text, lang, date="2021-03-10") if r["event_type"] == "death"]
    assert deaths == [count], deaths


@pytest.mark.parametrize("text,kind", [
    ("On Tuesday, police stopped a Silverado in Piedras Negras and found an AK-47 as well as packets of cocaine and "
     "marijuana.", "seizure"),
    ("A search warrant was also executed in a property in Ocoyoacac, which was used as a safe house.", "operation"),
    ("At least twenty flights were delayed for a few hours in Monterrey due to roads leading to the airport being "
     "blocked off.", "disruption"),
])
def test_english_wording_found_weapons_warrants_and_delayed_flights(extract, text: str, kind: str) -> None:
    assert kind in {r["event_type"] for r in extract(text, "en", date="2019-02-10")}


@pytest.mark.parametrize("text,absent", [
    ("A search warrant was also executed in a property in Ocoyoacac, which was used as a safe house.", "death"),
    # (passes without the casings rule too, but guards it against the weapons-found wording above)
    ("A spokeswoman in Tijuana said numerous AK-47 shell casings were found, indicating that the officers were sprayed "
     "with gunfire.", "seizure"),
])
def test_a_warrant_executed_and_casings_found_are_no_death_or_seizure(extract, text: str, absent: str) -> None:
    records = extract(text, "en", date="2019-02-10")
    assert records and absent not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("text", [
    "Efectivos militares se hicieron presentes en la zona de Nueva Ciudad Guerrero, Tamaulipas, luego de una denuncia "
    "anónima.",
    "Los marinos rodearon a los sospechosos en San Julián, que se entregaron sin oponer resistencia.",
    "El ataque en Teolocholco provocó una intensa movilización por parte de elementos de la Secretaría de Seguridad "
    "Ciudadana.",
])
def test_forces_that_showed_up_surrounded_suspects_or_mobilised_are_an_operation(extract, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, "es", date="2024-05-10")}


def test_relatives_coming_to_the_rescue_are_no_operation(extract) -> None:
    records = extract("En Ciudad Serdán, parientes del secuestrado acudieron al rescate del menor y se enfrentaron con los "
                      "delincuentes.", "es", date="2017-04-02")
    assert records and "operation" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,etype,text", [
    # the twenty-eighth session's development sets (heldout104-105), in sentences written for the test
    ("es", "operation", "En Reynosa, Tamaulipas, los soldados apoyaron el retiro de los bloqueos hasta el mediodía."),
    ("es", "operation", "En Reynosa, Tamaulipas, la carretera se reabrió tras el arribo de un convoy militar."),
    ("es", "operation", "En Reynosa, Tamaulipas, un convoy militar persiguió a los pistoleros por las brechas."),
    ("es", "operation", "En Cuauhtémoc, Chihuahua, seis agentes municipales acudieron a dar auxilio a los vecinos."),
    ("es", "disruption", "En Reynosa, Tamaulipas, las avenidas del oriente estuvieron sin tráfico toda la mañana."),
    ("es", "disruption", "En Reynosa, Tamaulipas, los centros comerciales lucieron vacíos el domingo."),
    ("es", "unrest", "En Tierra Blanca, Veracruz, un comando armado llegó a liberar al capo de la comandancia."),
    ("es", "death", "En Cusihuiriachi, Chihuahua, estaban tirados a la orilla del camino tres hombres."),
    ("en", "death", "Police counted five homicides in Tijuana, Baja California, on Sunday."),
    ("en", "death", "Violence goes on in Tijuana, Baja California, with a series of homicides over the weekend."),
])
def test_wording_found_missing_in_the_twenty_eighth_session(extract, lang: str, etype: str, text: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,etype,text", [
    ("en", "death", "Mexico recorded 34,000 homicides last year, a new record."),
    ("en", "death", "Tijuana's homicides rate rose again in March."),
    # backup sent from a named town is no new operation wording (the units' town would be taken for the event's)
    ("es", "operation", "En Cosalá, Sinaloa, militares acudieron a dar apoyo a los agentes."),
])
def test_statistics_and_backup_are_not_what_the_new_wording_reads(extract, lang: str, etype: str, text: str) -> None:
    assert etype not in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,etype,text", [
    ("en", "death", "Prior to his murder, the commander was threatened by banners hung in Playa del Carmen."),
    ("es", "death", "Antes de su asesinato, el comandante recibió amenazas en Playa del Carmen."),
    ("en", "arrest", "The banners in Playa del Carmen accused the commander of having captured and released two leaders."),
    ("es", "arrest", "Las mantas en Playa del Carmen acusan al comandante de haber detenido a dos líderes."),
])
def test_a_killing_told_as_a_time_and_an_accusation_are_no_events(extract, lang: str, etype: str, text: str) -> None:
    assert etype not in {r["event_type"] for r in extract(text, lang, date="2017-09-19")}


@pytest.mark.parametrize("text,etype", [
    # Mexican headlines tell in the present tense
    ("Balean a un hombre en Culiacán.", "attack"),
    ("Secuestran a un empresario en Culiacán.", "attack"),
    ("Levantan a dos jóvenes en Culiacán.", "attack"),
    ("Rafaguean una casa en Culiacán.", "attack"),
    ("Arrestan a dos sicarios en Culiacán.", "arrest"),
    ("Prenden fuego a una tienda en Culiacán.", "arson"),
    ("Encuentran el cuerpo de un hombre en Culiacán.", "death"),
    # vehicles set across the road, or burned to stop the traffic
    ("Colocaron camiones atravesados en la vía en Culiacán.", "roadblock"),
    ("Quemaron vehículos en distintos puntos de Culiacán para impedir el paso.", "roadblock"),
    # finds and words of many dead
    ("Hallan osamentas en un predio de Culiacán.", "death"),
    ("Localizan un cuerpo encostalado en Culiacán.", "death"),
    ("Un multihomicidio sacudió Culiacán.", "death"),
])
def test_headline_present_tense_and_finds(extract, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, "es")}


@pytest.mark.parametrize("lang,text", [
    ("es", "Hombres armados atacaron a una familia en Pinos, Zacatecas. Militares y guardias nacionales acudieron a la "
           "comunidad Las Cabras en atención a una denuncia ciudadana."),
    ("en", "The shooting in Uruachi, Chihuahua, went on for more than eight hours until state and federal authorities arrived."),
])
def test_forces_sent_to_a_community_or_arriving_at_last_are_an_operation(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang)}


def test_dutch_remains_of_n_people_count_n_dead(extract) -> None:
    records = extract("In Tlajomulco de Zuñiga, Jalisco, zijn de overblijfselen van minstens 29 mensen gevonden in een massagraf.",
                      "nl")
    assert [r["fatalities"] for r in records if r["event_type"] == "death"] == [29], records


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed eleven people in Cuajinicuilapa, Guerrero. The wounded were taken to a general hospital, \"while "
           "some of the dead were taken away by their relatives minutes before security forces arrived,\" the official said."),
    ("es", "En Los Cabos, Baja California Sur, al sitio acudieron decenas de curiosos, quienes antes de que llegaran agentes "
           "de seguridad se acercaron a tomar gráficas de los cuerpos."),
    ("en", "Pavon, who was killed in Nogales, Sonora, had just finished directing police operations in the city."),
    ("en", "Romero, who was shot dead in Veracruz, had been promoted to deputy operations coordinator for the area."),
])
def test_forces_not_yet_there_onlookers_and_posts_are_no_operation(extract, lang: str, text: str) -> None:
    assert "operation" not in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text,deaths", [
    ("es", "Cerca de las tres de la mañana se encontró a una persona descuartizada en Ciudad Obregón, Sonora.", [1]),
    ("en", "Police found two dismembered men in Ciudad Obregón, Sonora.", [2]),
    # shots, not the dead
    ("es", "En Ciudad Obregón, Sonora, Víctor Alberto, de 38 años, perdió la vida tras ser impactado en siete ocasiones.", [1]),
    # a month's tally of the state
    ("es", "El SESNSP precisa que sólo en el mes de enero en Sonora se contabilizaron 44 homicidios dolosos.", []),
])
def test_dismembered_bodies_shots_and_a_month_s_tally(extract, lang: str, text: str, deaths: list[int]) -> None:
    assert [r["fatalities"] for r in extract(text, lang, "2018-03-19") if r["event_type"] == "death"] == deaths


@pytest.mark.parametrize("lang,text,types", [
    ("es", "Elementos de la Marina exhumaron los restos de siete personas en el municipio de Pueblo Viejo, Veracruz.",
     {("death", 7), ("operation", None)}),
    ("en", "Marines exhumed the remains of seven people in the municipality of Pueblo Viejo, Veracruz.",
     {("death", 7), ("operation", None)}),
    # Dutch "opgravingen" as often tells of the families' questions as of the digging: the remains only
    ("nl", "In de gemeente Pueblo Viejo, Veracruz, vond de marine de resten van zeven mensen.", {("death", 7)}),
])
def test_remains_exhumed_are_deaths_and_the_digging_an_operation(extract, lang: str, text: str, types) -> None:
    assert {(r["event_type"], r["fatalities"]) for r in extract(text, lang, "2014-11-09")} == types


@pytest.mark.parametrize("lang,text", [
    ("en", "The 10th homicide was reported in the city of Irapuato."),
    ("en", "Another homicide was reported in the city of Irapuato."),
    ("es", "El décimo homicidio se reportó en la ciudad de Irapuato."),
    ("nl", "De tiende moord werd gemeld in de stad Irapuato."),
])
def test_the_next_homicide_of_a_tally_is_a_killing(extract, lang: str, text: str) -> None:
    assert {(r["event_type"], r["admin2"]) for r in extract(text, lang, "2017-07-31")} == {("death", "Irapuato")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Eight garbage bags containing the remains of the two officers appeared on Monday outside police headquarters in "
           "Chilpancingo."),
    ("en", "The body of a man turned up on Monday outside police headquarters in Chilpancingo."),
    ("es", "Ocho bolsas con los restos de los dos policías aparecieron el lunes frente a la comandancia en Chilpancingo."),
    ("nl", "Acht vuilniszakken met de resten van de twee agenten doken maandag op voor het politiebureau in "
           "Chilpancingo, waar ze waren gedumpt."),
])
def test_remains_that_appeared_are_deaths(extract, lang: str, text: str) -> None:
    assert ("death", "Chilpancingo de los Bravo") in {(r["event_type"], r["admin2"]) for r in extract(text, lang, "2010-03-22")}


@pytest.mark.parametrize("lang,text", [
    ("es", "El Gobierno de Ocotlán solicitó a la ciudadanía permanecer resguardada en sus casas hasta que las dependencias "
           "garanticen la seguridad en la región."),
    ("en", "The municipal government of Ocotlán asked residents to stay home until security was restored."),
    ("nl", "Het gemeentebestuur van Ocotlán vroeg inwoners binnen te blijven."),
])
def test_a_town_government_s_call_to_stay_home_is_the_town_s_disruption(extract, lang: str, text: str) -> None:
    assert {(r["event_type"], r["admin2"]) for r in extract(text, lang, "2023-11-17")} == {("disruption", "Ocotlán")}


@pytest.mark.parametrize("lang,text", [
    ("es", "Un grupo armado mató a tres policías en Malinalco. Ni una estrategia clara, ni responsables detenidos."),
    ("es", "Un grupo armado mató a tres policías en Malinalco, sin sospechosos capturados hasta ahora."),
    ("en", "Gunmen killed three police officers in Malinalco. No clear strategy, no culprits arrested."),
    ("nl", "Gewapende mannen doodden drie agenten in Malinalco. Geen duidelijke strategie, geen daders opgepakt."),
])
def test_no_culprits_arrested_is_no_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2025-01-30")
    assert not [r for r in records if r["event_type"] == "arrest"], records
    assert [r["fatalities"] for r in records if r["event_type"] == "death"] == [3], records


@pytest.mark.parametrize("lang,text", [
    ("en", "A family came under attack in Mier on Saturday night, with gunmen killing a 13-year-old U.S. citizen and "
           "wounding four relatives."),
    ("en", "Gunmen killed a 13-year-old citizen in Mier on Saturday."),
    ("es", "Hombres armados atacaron a una familia en Mier el sábado y mataron a un joven de 13 años."),
    ("nl", "Schutters vielen zaterdag een familie aan in Mier en doodden een 13-jarige Amerikaanse burger."),
])
def test_one_victim_given_an_age_is_one_death(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, date="2020-01-05") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [1], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "Los cateos, autorizados por un juez, se ejecutaron en domicilios de El Saucillo, en Colón."),
    ("es", "Las órdenes de cateo se ejecutaron de manera simultánea en Colón."),
    ("en", "The raids, authorised by a judge, were executed at homes in El Saucillo, in Colón."),
    ("nl", "De huiszoekingen werden uitgevoerd in woningen in El Saucillo, in Colón."),
])
def test_raids_carried_out_are_no_killing(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2025-04-10")
    assert not [r for r in records if r["event_type"] == "death"], records


def test_a_man_executed_is_a_killing(extract) -> None:
    records = extract("En Colón, sicarios ejecutaron a un hombre; se ejecutó a otro en El Saucillo.", "es", date="2025-04-10")
    assert [r for r in records if r["event_type"] == "death"], records


@pytest.mark.parametrize("lang,text", [
    ("en", "In another incident, in Tzucacab, armed and masked men raided the warehouses of DICONSA."),
    ("es", "En otro hecho, en Tzucacab, hombres armados y encapuchados asaltaron las bodegas de Diconsa."),
    ("nl", "In Tzucacab vielen gewapende en gemaskerde mannen de pakhuizen van Diconsa binnen."),
])
def test_armed_men_raiding_is_an_attack_not_an_operation(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2016-10-24")
    assert [(r["event_type"], r["admin2"]) for r in records] == [("attack", "Tzucacab")], records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Hidalgo del Parral un joven lesionado por proyectil de arma de fuego fue trasladado al hospital, donde "
           "fue declarado sin signos vitales."),
    ("en", "In Hidalgo del Parral a young man wounded by gunfire was taken to hospital, where he no longer had vital "
           "signs."),
    ("nl", "In Hidalgo del Parral werd een jongeman neergeschoten; in het ziekenhuis vertoonde hij geen levenstekens "
           "meer."),
])
def test_declared_without_vital_signs_is_one_death_where_he_was_shot(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2026-01-28")
    deaths = [r for r in records if r["event_type"] == "death"]
    assert [(r["admin2"], r["fatalities"]) for r in deaths] == [("Hidalgo del Parral", 1)], records
    assert any(r["event_type"] == "attack" for r in records), records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Hidalgo del Parral balearon a un joven, que fue atendido inicialmente en un centro médico del municipio "
           "de Matamoros y trasladado al Hospital General, donde fue declarado sin signos vitales."),
    ("en", "In Hidalgo del Parral gunmen shot a young man, who was treated at a medical center in Matamoros and taken "
           "to the General Hospital, where he no longer had vital signs."),
])
def test_the_town_a_victim_was_treated_in_is_no_place_of_the_shooting(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2026-01-28")
    assert {r["admin2"] for r in records} == {"Hidalgo del Parral"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Umán, miembros de bandas fueron detenidos tras una riña. Al principio se habló de dos personas muertas "
           "en la riña, lo cual fue descartado por las autoridades."),
    ("en", "In Uman, gang members were arrested after a brawl. Early reports spoke of two people dead in the brawl, "
           "which was later ruled out by the authorities."),
    ("nl", "In Umán werden bendeleden opgepakt na een vechtpartij. Eerst was er sprake van twee doden bij de "
           "vechtpartij, wat later door de autoriteiten werd ontkend."),
])
def test_deaths_the_authorities_ruled_out_are_no_deaths(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert not [r for r in records if r["event_type"] == "death"], records
    assert any(r["event_type"] == "arrest" for r in records), records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tampico hallaron un cadáver dentro de una camioneta; según testigos, el vehículo había permanecido "
           "detenido desde muy temprano."),
    ("en", "In Tampico a body was found inside a pickup; witnesses said the vehicle had been standing still since early "
           "morning."),
    ("nl", "In Tampico werd een lichaam gevonden in een pick-up; volgens getuigen stond het voertuig er al sinds de "
           "vroege ochtend stil."),
])
def test_a_vehicle_standing_still_is_no_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert [r["event_type"] for r in records] == ["death"], records


@pytest.mark.parametrize("lang,text", [
    ("es", "En San Juan del Río la Fiscalía realizó cateos en tres domicilios. Los operativos, ejecutados durante las "
           "primeras horas del día, contaron con la participación de la Policía Estatal."),
    ("en", "In San Juan del Rio prosecutors searched three homes. The raids, carried out in the early hours, were "
           "backed by the state police."),
    ("nl", "In San Juan del Río doorzocht het OM drie woningen. De invallen, uitgevoerd in de vroege ochtend, werden "
           "gesteund door de staatspolitie."),
])
def test_raids_carried_out_are_no_killing(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert records and not [r for r in records if r["event_type"] == "death"], records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tapachula fueron detenidos seis hombres, puestos a disposición de las autoridades por el delito de "
           "homicidio calificado en grado de tentativa."),
    ("en", "In Tapachula police arrested six men, who were handed to prosecutors on charges of attempted murder."),
    ("nl", "In Tapachula pakte de politie zes mannen op, die op verdenking van poging tot moord werden voorgeleid."),
])
def test_a_charge_of_homicide_is_no_killing(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert [(r["event_type"], r["admin2"]) for r in records] == [("arrest", "Tapachula")], records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Loreto fueron detenidos dos hombres. Estas acciones reafirmaron el compromiso de las instituciones de "
           "seguridad en el combate al crimen organizado."),
    ("es", "En Naucalpan detuvieron a 25 personas: 16 por delitos contra la salud y una por ataque a las vías de "
           "comunicación y medios de transporte."),
    ("en", "In Loreto two men were arrested. These actions reaffirm the commitment of the security institutions in the "
           "fight against organized crime."),
    ("nl", "In Loreto werden twee mannen opgepakt. Deze acties bevestigen de inzet van de veiligheidsdiensten in de "
           "strijd tegen de georganiseerde misdaad."),
])
def test_the_fight_against_crime_and_a_charge_of_attack_are_no_attack(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert {r["event_type"] for r in records} == {"arrest"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Loreto, en acciones operativas coordinadas entre la FRIZ, el Ejército Mexicano y la Guardia Nacional, "
           "aseguraron tres armas cortas."),
    ("es", "En Papantla un comando armado asesinó a dos hombres. La zona permaneció bajo un estricto acordonamiento "
           "por parte de la Policía Municipal."),
    ("es", "Una balacera en Milpa Alta dejó diez heridos, lo que generó una rápida movilización de cuerpos de "
           "emergencia y policías de distintos sectores."),
    ("en", "A grenade attack in Matamoros left five injured. Mexican authorities and medical staff blocked off the "
           "area while they investigated."),
])
def test_a_cordon_a_joint_action_and_a_mobilisation_are_an_operation(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert any(r["event_type"] == "operation" for r in records), records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Pantelhó se registró una fuerte balacera y los pobladores se vieron obligados permanecer dentro de sus "
           "domicilios."),
    ("es", "Hubo un enfrentamiento en Bella Vista. \"No podemos salir de nuestras casas\", escribió una vecina."),
    ("en", "There was a shootout in Bella Vista. \"We cannot leave our homes,\" one resident wrote."),
    ("nl", "Er was een vuurgevecht in Bella Vista. \"We kunnen ons huis niet uit\", schreef een bewoner."),
])
def test_residents_kept_indoors_by_a_shootout_are_a_disruption(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert any(r["event_type"] == "disruption" for r in records), records


@pytest.mark.parametrize("lang,text", [
    ("es", "La Guardia Nacional realizó operativos en El Fuerte, pero no se ha informado del resultado de dichos "
           "recorridos; si hubo detenidos o aseguramientos."),
    ("es", "La Guardia Nacional realizó operativos en El Fuerte. Hasta el momento no se ha reportado la detención de "
           "personas o aseguramiento de unidades o drogas."),
    ("en", "The National Guard carried out operations in El Fuerte, but it was not said whether there were arrests or "
           "seizures."),
    ("nl", "De Nationale Garde voerde operaties uit in El Fuerte, maar het is niet bekend of er arrestaties of "
           "inbeslagnames waren."),
])
def test_arrests_and_seizures_nobody_reported_are_none(extract, lang: str, text: str) -> None:
    records = extract(text, lang)
    assert {r["event_type"] for r in records} == {"operation"}, records


@pytest.mark.parametrize("lang,text", [
    ("nl", "De Nationale Garde voerde operaties uit in El Fuerte."),
    ("es", "La Guardia Nacional realizó operativos en El Fuerte."),
    ("en", "The National Guard carried out operations in El Fuerte."),
])
def test_operations_in_the_plural_are_an_operation(extract, lang: str, text: str) -> None:
    assert [r["event_type"] for r in extract(text, lang)] == ["operation"]


@pytest.mark.parametrize("lang,text", [
    ("es", "La Policía Federal detuvo a dos hombres en Tepecoacuilco. Al momento de la detención tenían en su posesión "
           "un fusil de asalto AR-15 y 7.8 kilogramos de mariguana."),
    ("en", "Federal police arrested two men in Tepecoacuilco. When they were arrested they had in their possession an "
           "AR-15 assault rifle and 7.8 kilograms of marijuana."),
    ("nl", "De federale politie pakte twee mannen op in Tepecoacuilco. Bij hun arrestatie hadden ze een aanvalsgeweer "
           "en 7,8 kilo marihuana in hun bezit."),
])
def test_what_the_arrested_carried_is_a_seizure(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2014-05-26")
    assert {r["event_type"] for r in records} == {"arrest", "seizure"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Guachochi, como resultado de la intervención, se aseguró una pick up marca Ford con impactos de bala."),
    ("es", "En Hermosillo, elementos de la Policía Municipal persiguieron y aseguraron la unidad motriz cuadras más "
           "adelante."),
    ("en", "In Guachochi, police seized a Ford pickup truck with bullet holes."),
    ("nl", "In Guachochi nam de politie een pick-up van Ford met kogelgaten in beslag."),
])
def test_a_pickup_or_the_vehicle_secured_is_a_seizure(extract, lang: str, text: str) -> None:
    assert "seizure" in {r["event_type"] for r in extract(text, lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Police in Jalostotitlan were attacked by gunmen and awaited reinforcements from the neighboring "
           "municipality of Tonala."),
    ("es", "Policías de Jalostotitlán fueron atacados por hombres armados y esperaron refuerzos del vecino municipio "
           "de Tonalá."),
    ("nl", "Agenten in Jalostotitlán werden aangevallen door gewapende mannen en wachtten op versterkingen uit de "
           "naburige gemeente Tonalá."),
])
def test_reinforcements_awaited_are_an_operation_where_they_were_sent(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2018-04-01")
    assert "operation" in {r["event_type"] for r in records}, records
    assert {r["admin2"] for r in records} == {"Jalostotitlán"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tonalá, un hombre disparó contra agentes mientras personal del área de Homicidios se encontraba por la zona "
           "buscando cumplimentar una orden de aprehensión contra él."),
    ("en", "In Tonala, a man fired at officers while homicide detectives were in the area seeking to serve an arrest "
           "warrant on him."),
    ("nl", "In Tonalá schoot een man op agenten terwijl de afdeling moordzaken in de buurt was om een arrestatiebevel "
           "tegen hem uit te voeren."),
])
def test_a_homicide_unit_and_a_warrant_to_be_served_are_no_killing_or_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2026-02-09")
    assert {r["event_type"] for r in records} == {"attack"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Buenavista, los delincuentes hicieron una zanja en la carretera para entorpecer a los cuerpos de seguridad."),
    ("es", "La destrucción de la vía de comunicación se registró este viernes en Buenavista."),
    ("en", "In Buenavista the criminals dug a trench across the highway to slow down the security forces."),
    ("nl", "In Buenavista groeven de criminelen een sleuf in de snelweg om de veiligheidstroepen op te houden."),
])
def test_a_road_cut_by_a_trench_is_a_roadblock(extract, lang: str, text: str) -> None:
    assert "roadblock" in {r["event_type"] for r in extract(text, lang, date="2023-03-10")}


def test_forces_that_went_to_the_spot_are_an_operation(extract) -> None:
    records = extract("En Buenavista, elementos de la Guardia Civil acudieron al punto, donde encontraron un vehículo "
                      "incinerado.", "es", date="2023-03-10")
    assert {"operation", "arson"} <= {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tlatlaya, civiles retuvieron a decenas de policías y destrozaron una patrulla."),
    ("en", "In Tlatlaya, residents held dozens of police officers and wrecked a patrol car."),
    ("nl", "In Tlatlaya hielden burgers tientallen agenten vast en vernielden een patrouillewagen."),
])
def test_police_held_by_civilians_are_an_attack(extract, lang: str, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, lang, date="2025-07-22")}


def test_trucks_counted_as_secured_are_a_seizure(extract) -> None:
    records = extract("En el caso de Valle de Bravo se reportan 20 camiones asegurados y 10 personas detenidas.", "es",
                      date="2025-07-22")
    assert {"seizure", "arrest"} <= {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Un operativo en Valle de Bravo derivó en bloqueos; los cortes a la circulación se extendieron a Ixtapan de "
           "la Sal, con ocho bloqueos en avenidas."),
    ("en", "An operation in Valle de Bravo led to blockades; the road closures spread to Ixtapan de la Sal, with eight "
           "blockades on avenues."),
    ("nl", "Een operatie in Valle de Bravo leidde tot blokkades; de wegblokkades breidden zich uit naar Ixtapan de la "
           "Sal, met acht blokkades op lanen."),
])
def test_events_that_spread_to_a_town_happened_there(extract, lang: str, text: str) -> None:
    roadblocks = {r["admin2"] for r in extract(text, lang, date="2025-07-22") if r["event_type"] == "roadblock"}
    assert "Ixtapan de la Sal" in roadblocks, roadblocks


@pytest.mark.parametrize("lang,text,etype", [
    ("es", "En Culiacán, un hombre herido en la balacera del lunes sucumbió a sus heridas.", "death"),
    ("en", "In Culiacan, a man wounded in Monday's shootout succumbed to his wounds.", "death"),
    ("es", "En Culiacán localizaron un cuerpo calcinado a orillas de la carretera.", "death"),
    ("en", "In Culiacan police found a charred body by the side of the road.", "death"),
    ("nl", "In Culiacán werd een drugslab opgerold.", "seizure"),
    ("nl", "In Culiacán rolde de marine een drugslab op.", "seizure"),
    ("nl", "In Culiacán werd de omgeving door de politie afgezet.", "operation"),
])
def test_deaths_seizures_and_cordons_in_other_common_words(extract, lang: str, text: str, etype: str) -> None:
    assert etype in {r["event_type"] for r in extract(text, lang, date="2024-05-01")}


def test_no_suspect_held_for_the_killings_is_no_arrest(extract) -> None:
    records = extract("En Tixtla hallaron los cuerpos de dos hombres asesinados. Por estos crímenes no hay ningún presunto "
                      "responsable detenido.", "es", date="2024-01-16")
    assert "arrest" not in {r["event_type"] for r in records}, records


def test_a_homicide_squad_that_went_into_towns_is_an_operation_not_a_killing(extract) -> None:
    records = extract("Más de 20 agentes de la FGE del Grupo Homicidios incursionaron a los municipios de Ciudad Cuauhtémoc "
                      "y Luis Moya, Zacatecas, en busca de los agresores.", "es", date="2021-10-05")
    assert {r["event_type"] for r in records} == {"operation"}, records
    assert {r["admin2"] for r in records} == {"Cuauhtémoc", "Luis Moya"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Iztapalapa detuvieron a dos hombres, que podrían estar vinculados con un grupo delictivo dedicado a la "
           "venta de drogas, extorsión y homicidio."),
    ("en", "In Iztapalapa police arrested two men who may be linked to a gang dedicated to drug dealing, extortion and "
           "murder."),
    ("nl", "In Iztapalapa werden twee mannen opgepakt die banden zouden hebben met een bende die zich bezighoudt met "
           "drugshandel, afpersing en moord."),
    ("es", "En Iztapalapa detuvieron a dos hombres, como parte de la estrategia de combate frontal a los generadores de "
           "violencia."),
])
def test_the_crimes_a_gang_is_given_to_and_a_strategy_against_it_are_no_killing_or_attack(extract, lang: str,
                                                                                          text: str) -> None:
    assert {r["event_type"] for r in extract(text, lang, date="2025-10-17")} == {"arrest"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Los 30 policías de Rosales se declararon en paro en demanda de mejores salarios y equipo."),
    ("en", "The 30 police officers of Rosales went on strike to demand better pay and equipment."),
    ("nl", "De 30 agenten van Rosales legden het werk neer om een beter loon en betere uitrusting te eisen."),
])
def test_a_police_force_on_strike_is_a_disruption(extract, lang: str, text: str) -> None:
    assert "disruption" in {r["event_type"] for r in extract(text, lang, date="2012-12-05")}


def test_bullet_strikes_are_no_strike(extract) -> None:
    records = extract("In Caborca, pursuing officers noted the vehicle sustained multiple bullet strikes.", "en",
                      date="2019-03-09")
    assert "disruption" not in {r["event_type"] for r in records}, records


def test_a_man_who_died_of_wounds_made_with_a_firearm_was_shot(extract) -> None:
    records = extract("En el poblado de San Rafael, Tlaltizapán, un hombre murió por heridas realizadas con un arma de fuego.",
                      "es", date="2026-03-20")
    assert {"death", "attack"} <= {r["event_type"] for r in records}, records


def test_schools_shut_by_order_are_a_disruption(extract) -> None:
    records = extract("Tras los enfrentamientos se ordenó el cierre de todas las actividades escolares en Buenaventura.",
                      "es", date="2017-10-20")
    assert "disruption" in {r["event_type"] for r in records}, records


def test_tyre_spikes_a_man_carried_are_a_seizure_not_a_roadblock(extract) -> None:
    records = extract("En Matehuala detuvieron a un joven y le encontraron 15 ponchallantas que traía en su poder.", "es",
                      date="2025-11-23")
    types = {r["event_type"] for r in records}
    assert "seizure" in types and "roadblock" not in types, records


def test_shots_fired_with_the_weapons_named_are_an_attack(extract) -> None:
    records = extract("En Ocozocoautla, al percatarse de la presencia de los elementos de seguridad, los hombres detonaron "
                      "armas de fuego.", "es", date="2026-02-10")
    assert "attack" in {r["event_type"] for r in records}, records


def test_people_detained_told_impersonally_without_a_are_arrested(extract) -> None:
    records = extract("En Valle de Santiago, al parecer se detuvieron personas con armamento y se aseguró una camioneta.",
                      "es", date="2026-03-10")
    assert {"arrest", "seizure"} <= {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Comuneros de la Cañada de los Once Pueblos retuvieron dos unidades militares y tres patrullas en Chilchota."),
    ("en", "Community members in Chilchota held two military vehicles and three federal police patrol trucks."),
    ("nl", "In Chilchota hielden dorpelingen twee legervoertuigen vast."),
])
def test_police_vehicles_held_by_villagers_are_an_attack(extract, lang: str, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, lang, date="2012-09-23")}


def test_looting_told_under_a_dateline_is_placed_in_the_datelines_town(extract) -> None:
    records = extract("Tampico.- Nueve locales del Mercado del Norte fueron saqueados por sujetos armados.", "es",
                      date="2016-07-16")
    assert [(r["event_type"], r["location"]) for r in records if r["event_type"] == "unrest"] == [("unrest", "Tampico")]


def test_chases_counted_are_an_operation_but_chases_as_a_plague_are_not(extract) -> None:
    told = extract("En Playa del Carmen las patrullas protagonizaron dos persecuciones detrás de los responsables.", "es",
                   date="2020-10-14")
    plague = extract("Balaceras y persecuciones se han vuelto a apoderar de Reynosa.", "es", date="2019-08-13")
    assert "operation" in {r["event_type"] for r in told} and "operation" not in {r["event_type"] for r in plague}


def test_a_killing_with_one_shot_is_an_attack_unless_the_body_was_found(extract) -> None:
    shot = extract("En la colonia Samulá de Campeche, otro hombre fue ejecutado con un tiro en la cara.", "es",
                   date="2025-03-20")
    bagged = extract("En Jiutepec el cuerpo estaba dentro de bolsas negras y lo asesinaron de un balazo.", "es",
                     date="2014-03-01")
    assert "attack" in {r["event_type"] for r in shot} and "attack" not in {r["event_type"] for r in bagged}


def test_a_city_dateline_places_an_article_that_names_no_state(extract) -> None:
    records = extract("MAZATLÁN. _ Elementos del Ejército Mexicano aseguraron un vehículo con bidones en la colonia "
                      "Mazatlán II.", "es", date="2026-03-12")
    assert [(r["event_type"], r["location"], r["admin1"]) for r in records] == [("seizure", "Mazatlán", "Sinaloa")]


def test_tyre_spikes_found_inside_a_vehicle_are_no_roadblock(extract) -> None:
    records = extract("CULIACÁN. _ Elementos del Ejército aseguraron un vehículo. Al realizar la inspección, los militares "
                      "hallaron en su interior ocho bidones y 15 ponchallantas.", "es", date="2026-03-12")
    assert records and "roadblock" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Culiacán la detención se realizó durante acciones de vigilancia en la zona."),
    ("en", "In Culiacán the arrest was made during surveillance duties in the area."),
    ("nl", "In Culiacán gebeurde de arrestatie tijdens bewakingsacties in het gebied."),
])
def test_surveillance_actions_are_an_operation(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang, date="2025-11-13")}


@pytest.mark.parametrize("lang,text", [
    ("es", "En Nacajuca, Tabasco, suspendieron clases ante la amenaza de incendiar autos y saquear tiendas. Con el miedo "
           "a morir en el fuego cruzado, los padres se guardaron en sus casas. Acudió la policía para responder al ataque "
           "programado."),
    ("nl", "In Nacajuca, Tabasco, gingen de scholen dicht na de dreiging om auto's in brand te steken en winkels te "
           "plunderen."),
    ("en", "In Nacajuca, Tabasco, schools closed and parents stayed home for fear of dying in the crossfire."),
])
def test_threats_and_fears_of_violence_are_no_violence(extract, lang: str, text: str) -> None:
    types = {r["event_type"] for r in extract(text, lang, date="2024-01-11")}
    assert "disruption" in types and not types & {"arson", "unrest", "attack", "death"}, types


def test_an_operation_carried_out_is_no_execution(extract) -> None:
    records = extract("En Juárez, Nuevo León, a través de un operativo ejecutado por los tres niveles de gobierno se logró la "
                      "detención de seis hombres.", "es", date="2026-02-10")
    assert "death" not in {r["event_type"] for r in records} and "arrest" in {r["event_type"] for r in records}, records


def test_an_explosive_device_found_and_defused_is_a_seizure_not_an_attack(extract) -> None:
    types = {r["event_type"] for r in extract("An explosive device was also found in front of the mayor's office in "
                                              "Matamoros and deactivated.", "en", date="2015-02-05")}
    assert types == {"seizure"}, types


def test_reinforcements_requested_are_an_operation(extract) -> None:
    records = extract("In Tultepec, the mayor met with security officials on Monday to request security reinforcements.",
                      "en", date="2022-04-11")
    assert "operation" in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Hubo una balacera en Gustavo A. Madero; tampoco está claro si los responsables ya fueron identificados y "
           "detenidos."),
    ("en", "There was a shooting in Gustavo A. Madero; it is not clear whether those responsible have been identified and "
           "arrested."),
    ("nl", "Er was een schietpartij in Culiacán; het is onduidelijk of de daders zijn opgepakt."),
])
def test_unclear_whether_anyone_was_arrested_is_no_arrest(extract, lang: str, text: str) -> None:
    assert {r["event_type"] for r in extract(text, lang, date="2024-11-02")} == {"attack"}


def test_a_vehicle_that_stopped_after_a_crash_is_no_arrest(extract) -> None:
    records = extract("En Tehuacán, tras el ataque, la camioneta, de color rojo, quedó detenida tras chocar contra un árbol.",
                      "es", date="2025-08-06")
    assert "arrest" not in {r["event_type"] for r in records} and records, records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Cuautla un chofer de la ruta 17 resultó herido por un presunto extorsionador."),
    ("en", "In Cuautla a bus driver was wounded by a suspected extortionist."),
    ("nl", "In Cuautla raakte een buschauffeur gewond door een vermoedelijke afperser."),
])
def test_someone_wounded_by_a_criminal_was_attacked(extract, lang: str, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, lang, date="2018-07-23")}


@pytest.mark.parametrize("text", [
    "En Querétaro llegaron los oficiales a la colonia Centro por un reporte de detonaciones.",
    "En Durango, un desconocido sacó de entre sus ropas un arma de fuego y le realizó un disparo.",
    "En Durango reportaron a una persona del sexo masculino lesionado al parecer con arma de fuego.",
])
def test_shots_reported_fired_or_wounding_are_an_attack(extract, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, "es", date="2021-05-08")}


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tulum, elementos de la Policía Municipal realizaron el levantamiento de indicios y aseguraron la escena."),
    ("en", "Police in Chihuahua on Wednesday closed off two crime scenes where eight bodies were found."),
    ("en", "In Chihuahua City, the search for a group of migrants missing for 11 days continued."),
])
def test_scenes_secured_and_searches_for_the_missing_are_an_operation(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang, date="2021-10-06")}


def test_travellers_stuck_for_hours_are_no_arrest(extract) -> None:
    records = extract("En Huitzilac, el bloqueo provocó que cientos de familias pasaron al menos seis horas detenidos.", "es",
                      date="2022-03-19")
    assert {r["event_type"] for r in records} == {"roadblock"}, records


@pytest.mark.parametrize("lang,text", [
    ("nl", "De regioregering van de deelstaat Michoacán zoekt de daders van de moord in Cotija."),
    ("en", "Mexican soldiers stand guard near the Chamber of Commerce in Matamoros."),
])
def test_a_search_for_the_killers_and_forces_standing_guard_are_an_operation(extract, lang: str, text: str) -> None:
    assert "operation" in {r["event_type"] for r in extract(text, lang, date="2024-07-31")}


def test_gunmen_standing_guard_are_no_operation(extract) -> None:
    records = extract("In Veracruz gunmen stood guard and pointed their weapons at frightened motorists.", "en", date="2011-09-21")
    assert "operation" not in {r["event_type"] for r in records}, records


def test_a_company_closing_its_stores_is_a_disruption(extract) -> None:
    text = "Femsa announced that it was closing all of its 191 stores and seven gas stations in Nuevo Laredo because of gang problems."
    assert {(r["event_type"], r["location"]) for r in extract(text, "en", date="2024-07-31")} == {("disruption", "Nuevo Laredo")}


def test_marijuana_found_beside_a_body_is_a_seizure(extract) -> None:
    text = "In Tijuana werd een vrouw vermoord aangetroffen. Bij het lichaam zijn twee zakken met een groene substantie, vermoedelijk marihuana, aangetroffen."
    assert "seizure" in {r["event_type"] for r in extract(text, "nl", date="2019-11-21")}


@pytest.mark.parametrize("text,kind", [
    # what forces carry out is no killing
    ("En Colima, elementos de seguridad ejecutaron nueve cateos en cumplimiento de mandamientos judiciales.", "death"),
    # ruled out, or only expected
    ("En Linares, hasta el momento se descartan elementos heridos o detenciones.", "arrest"),
    ("En Linares se espera que horas más tarde se dé a conocer la posible detención de esta persona.", "arrest"),
    # the dead taken in is no seizure
    ("En El Carmen llegó una unidad de Servicios Periciales para proceder con el aseguramiento de los restos humanos.", "seizure"),
    # what forces are there to prevent
    ("En Lagos de Moreno las autoridades mantienen presencia militar con el propósito de prevenir nuevas agresiones.", "attack"),
    ("En Tuxpan la Guardia Nacional realizaba recorridos para prevenir bloqueos carreteros.", "roadblock"),
])
def test_raids_carried_out_ruled_out_arrests_remains_secured_and_prevented_attacks_are_no_such_event(extract, text: str,
                                                                                                  kind: str) -> None:
    assert kind not in {r["event_type"] for r in extract(text, "es", date="2025-11-05")}


def test_an_attack_not_ruled_out_is_still_told(extract) -> None:
    text = "En Badiraguato los vecinos no volverán a sus casas, ya que no descartan que las agresiones continúen."
    assert "attack" in {r["event_type"] for r in extract(text, "es", date="2016-06-24")}


@pytest.mark.parametrize("text,kind", [
    ("En Pátzcuaro, hasta el lugar se desplazaron elementos policiales para restablecer el orden.", "operation"),
    ("En Rosamorada, la investigación llevó a la recuperación de dos vehículos con reporte de robo.", "seizure"),
])
def test_forces_sent_and_stolen_cars_recovered(extract, text: str, kind: str) -> None:
    assert kind in {r["event_type"] for r in extract(text, "es", date="2025-12-10")}



@pytest.mark.parametrize("text,kind", [
    ("En Palenque, la diligencia fue ejecutada por elementos de la Policía Federal Ministerial.", "death"),
    ("En Huixtla, en un operativo de precisión ejecutado por la FRIP, se logró la desarticulación de una célula.", "death"),
    ("En Rafael Delgado se desconoce si hay víctimas mortales, o si existe registro de personas detenidas.", "arrest"),
])
def test_a_search_carried_out_and_arrests_nobody_knows_of_are_no_such_event(extract, text: str, kind: str) -> None:
    assert kind not in {r["event_type"] for r in extract(text, "es", date="2025-08-07")}


@pytest.mark.parametrize("lang,text", [
    ("en", "In Sonora the victims had refused to stop at an illicit “checkpoint” set up by criminal groups on the highway."),
    ("es", "En Altar las víctimas no se detuvieron en un retén instalado por hombres armados en la carretera."),
])
def test_a_checkpoint_of_criminals_is_no_operation(extract, lang: str, text: str) -> None:
    assert "operation" not in {r["event_type"] for r in extract(text, lang, date="2023-12-17")}


@pytest.mark.parametrize("text,kind", [
    ("En Tlajomulco el vehículo chocó contra el muro, sitio que fue cercado por la Policía de Tlajomulco.", "operation"),
    ("En Villahermosa la zona del ataque fue asegurada por agentes policiales.", "operation"),
    ("En Tlajomulco, al sitio acudió personal del Ejército Mexicano.", "operation"),
    ("En San Francisco del Rincón se movilizó al lugar personal de la policía municipal.", "operation"),
    ("En San Cristóbal de las Casas detuvieron a 12 personas, asegurando armas largas y cortas, vehículos y narcóticos.",
     "seizure"),
])
def test_places_cordoned_or_secured_by_forces_forces_sent_and_seizures_as_gerunds(extract, text: str, kind: str) -> None:
    assert kind in {r["event_type"] for r in extract(text, "es", date="2025-09-23")}


def test_a_place_cordoned_by_gunmen_is_no_operation(extract) -> None:
    records = extract("En Tlajomulco la colonia fue cercada por sicarios durante horas.", "es", date="2025-09-23")
    assert "operation" not in {r["event_type"] for r in records}, records


def test_the_parts_of_a_total_in_a_relative_clause_add_nothing(extract) -> None:
    text = ("En Acultzingo se inició carpeta de investigación por la localización de siete cuerpos correspondientes a cinco "
            "hombres y dos mujeres, quienes perdieron la vida por proyectil de arma de fuego.")
    assert [r["fatalities"] for r in extract(text, "es", date="2024-02-23") if r["event_type"] == "death"] == [7]


@pytest.mark.parametrize("text,kind", [
    # killings laid at a wanted man's door at the end of a list of crimes
    ("En Chignahuapan se resguardaba Roberto N., señalado como generador de violencia, relacionado con delitos contra la "
     "salud, posesión y venta ilegal de hidrocarburos, así como con homicidios de tres agentes investigadores.", "death"),
    # a wanted man hiding out is no one sheltering
    ("En Chignahuapan la Fiscalía realizó un cateo en un inmueble donde se presume se resguardaba un sujeto.", "disruption"),
    # attackers stopping their victim
    ("En Nezahualcóyotl dos individuos detuvieron al hombre y, sin mediar palabra, realizaron al menos dos disparos.", "arrest"),
    # arrests that did not come about
    ("En Piedras Negras únicamente se logró el decomiso de estupefacientes, sin que se concretaran detenciones.", "arrest"),
])
def test_crimes_laid_at_a_door_a_man_hiding_attackers_stopping_a_victim_and_arrests_not_made(extract, text: str,
                                                                                           kind: str) -> None:
    assert kind not in {r["event_type"] for r in extract(text, "es", date="2026-02-15")}


def test_a_base_kept_under_guard_by_forces_is_an_operation(extract) -> None:
    text = "En Huehuetán la base de la policía municipal se encuentra custodiada por elementos de la Fuerza de Reacción Inmediata Pakal."
    assert "operation" in {r["event_type"] for r in extract(text, "es", date="2025-08-19")}


def test_killings_a_suspect_is_investigated_in_connection_with_are_none_told(extract) -> None:
    text = ("In Mexico City the suspected head of the Tepito Union gang was detained on Wednesday. He is also being "
            "investigated in connection with various murders.")
    assert "death" not in {r["event_type"] for r in extract(text, "en", date="2018-08-09")}


@pytest.mark.parametrize("lang,text,kind", [
    ("es", "En Zamora los policías peinaron la zona en busca de los agresores, sin que se tenga reporte de alguna detención.",
     "arrest"),
    ("es", "En San Miguel de Allende, hasta el momento, ninguna autoridad de Guanajuato ha informado de personas detenidas.",
     "arrest"),
    ("en", "In Villagrán authorities didn't report any arrests in relation to the anti-fuel theft operation.", "arrest"),
    ("es", "En Poza Rica la ciudad sigue bajo el control del crimen organizado y las ejecuciones no cesan.", "death"),
])
def test_arrests_nobody_reported_and_killings_that_go_on_are_no_event(extract, lang: str, text: str, kind: str) -> None:
    assert kind not in {r["event_type"] for r in extract(text, lang, date="2025-08-08")}


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "In Celaya the same individuals forced the occupants of a car to get out after which they riddled it with bullets.",
     "attack"),
    ("en", "She was freed in nearby Tultitlán by agents from the state Attorney General's Office specialized in kidnappings.",
     "operation"),
    ("en", "In Villa Victoria the National Guard responded and drove the attackers out of town.", "operation"),
    ("es", "En Tihuatlán los paramédicos confirmaron que esa persona carecía de signos vitales.", "death"),
    ("es", "En Nonoava agentes investigadores acudieron a los poblados tras recibir reportes de enfrentamientos.", "operation"),
])
def test_a_car_riddled_a_hostage_freed_a_town_cleared_no_vital_signs_and_forces_sent_to_villages(extract, lang: str,
                                                                                                 text: str, kind: str) -> None:
    assert kind in {r["event_type"] for r in extract(text, lang, date="2021-07-14")}


def test_an_arrest_the_forces_did_not_have_is_none(extract) -> None:
    text = ("En Tihuatlán las fuerzas de seguridad aseguraron un inmueble, pero el intercambio de disparos continuaba, sin "
            "tener algún detenido.")
    assert "arrest" not in {r["event_type"] for r in extract(text, "es", date="2026-01-24")}


@pytest.mark.parametrize("lang,text", [
    ("es", "En Pedro Escobedo, familiares y amigos del occiso exigen a las autoridades su búsqueda y captura inmediata."),
    ("es", "En Pedro Escobedo, a juicio de quienes denuncian el caso, la demora en su captura prolonga la impunidad."),
    ("en", "In Pedro Escobedo relatives of the dead man called for the arrest of his killer."),
])
def test_a_search_or_an_arrest_only_demanded_is_none(extract, lang: str, text: str) -> None:
    kinds = {r["event_type"] for r in extract(text, lang, date="2026-02-28")}
    assert not kinds & {"arrest", "operation"}, kinds


@pytest.mark.parametrize("lang,text", [
    ("es", "En mayo, un exagente municipal fue asesinado a balazos en Hopelchén. No se sabe si fue aprehendido el agresor, "
           "pues luego de asesinar a la exautoridad huyó del pueblo."),
    ("en", "In May, a former municipal agent was shot dead in Hopelchén. It is not known whether he was arrested, as the "
           "killer fled the village."),
    ("nl", "In mei werd een voormalige gemeenteagent in Hopelchén doodgeschoten. Het is niet bekend of de dader is "
           "opgepakt, want hij vluchtte uit het dorp."),
])
def test_not_knowing_whether_the_killer_was_caught_is_no_arrest(extract, lang: str, text: str) -> None:
    records = extract(text, lang, "2024-01-07")
    assert records and "arrest" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Un coche-bomba explotó frente a las instalaciones de la Secretaría de Seguridad Pública en Acámbaro. Ante la "
           "gravedad de la situación, la mandataria suspendió su agenda pública y convocó una reunión de seguridad."),
    ("en", "A car bomb exploded outside the public security offices in Acámbaro. Given the seriousness of the situation, the "
           "governor cancelled her public schedule and called an urgent security meeting."),
    ("nl", "Een autobom ontplofte voor het politiebureau in Acámbaro. De gouverneur schortte haar agenda op en riep een "
           "spoedoverleg bijeen."),
])
def test_an_official_calling_off_her_own_plans_is_no_disruption(extract, lang: str, text: str) -> None:
    records = extract(text, lang, "2024-10-25")
    assert records and "disruption" not in {r["event_type"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Four young men were found shot dead beside the highway in Chihuahua on Monday. \"So, if we have 100 murders, 50 "
           "would be migrant trafficking and another 40 because of drugs,\" the deputy attorney general said."),
    ("es", "Cuatro jóvenes fueron hallados asesinados a balazos junto a la carretera en Chihuahua el lunes. \"Si tenemos 100 "
           "homicidios, 50 serían por tráfico de migrantes y otros 40 por drogas\", dijo el vicefiscal."),
    ("nl", "Vier jonge mannen werden maandag doodgeschoten gevonden langs de snelweg in Chihuahua. 'Als we 100 moorden "
           "hebben, dan gaan er 50 over mensensmokkel en 40 over drugs', zei de plaatsvervangend procureur."),
])
def test_a_supposed_number_of_murders_is_no_count(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, "2024-01-16") if r["event_type"] == "death"]
    assert deaths and all((r["fatalities"] or 0) < 50 for r in deaths), deaths


def test_the_people_who_have_died_are_counted(extract) -> None:
    text = ("Una masacre se registró en el campo deportivo de la colonia Aquiles Serdán de Yecapixtla la noche de este jueves. "
            "Hasta el momento las autoridades confirmaron que son cuatro, las personas que han fallecido, producto de este ataque.")
    deaths = [r for r in extract(text, "es", "2024-11-22") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [4], deaths


@pytest.mark.parametrize("lang,text", [
    ("es", "Un comerciante fue blanco de un ataque armado en Santa Isabel Tetlatlahuca. Más tarde, médicos del hospital "
           "confirmaron su fallecimiento a consecuencia de una hemorragia."),
    ("en", "A shopkeeper was the target of an armed attack in Santa Isabel Tetlatlahuca. Later, doctors at the hospital "
           "confirmed his death from the bleeding."),
    ("nl", "Een winkelier was het doelwit van een gewapende aanval in Santa Isabel Tetlatlahuca. Later bevestigden artsen in "
           "het ziekenhuis zijn overlijden."),
])
def test_doctors_confirming_his_death_count_one(extract, lang: str, text: str) -> None:
    deaths = [r for r in extract(text, lang, "2025-11-23") if r["event_type"] == "death"]
    assert [r["fatalities"] for r in deaths] == [1], deaths


def test_a_scene_guarded_and_cordoned_off_by_forces_is_an_operation(extract) -> None:
    text = ("Un fuerte enfrentamiento entre grupos armados se registró la mañana de este jueves en Badiraguato. El lugar fue "
            "resguardado y delimitado por agentes de seguridad, así como por personal del Ejército, para que la Fiscalía "
            "realizara los peritajes correspondientes.")
    assert "operation" in {r["event_type"] for r in extract(text, "es", "2024-03-21")}


def test_a_conflict_that_caused_residents_to_flee_is_a_disruption(extract) -> None:
    text = ("In July, a couple of hundred armed men descended on Pantelho, burned vehicles and at least a dozen homes. That "
            "conflict had caused hundreds of Indigenous residents to flee.")
    records = extract(text, "en", "2021-08-11")
    assert "disruption" in {r["event_type"] for r in records}, records
