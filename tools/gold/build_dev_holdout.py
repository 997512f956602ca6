# ruff: noqa: E501  (gold documents are data: one long text per line)
"""Held-out gold set: written BEFORE the rules were tuned on data/gold/dev and never tuned on.

Paraphrases, written for evaluation, of real reported 2024-2025 events (the outlet column says
whose report each paraphrases). Gold rows follow docs/codebook.md.
Run: python tools/gold/build_dev_holdout.py [--out DIR]  (default: data/gold/dev/holdout)
"""

from goldkit import GOLD_DIR, GoldSet, out_dir

GOLD = GoldSet("ho")
doc, st, po = GOLD.doc, GOLD.st, GOLD.po


doc(
    1,
    "2025-03-16",
    "paraphrase of BBC News",
    "Britain's prime minister said on Saturday that the coalition of the willing had moved into an operational phase, with military chiefs due to meet in London on Thursday to plan how a force could secure any peace deal in Ukraine.",
)
st(1, "Keir Starmer", "GB", "2025-03-15", "support", "reassurance_force")
doc(
    2,
    "2024-02-28",
    "paraphrase of The Brussels Times",
    "Belgium has no intention of sending soldiers to Ukraine, Prime Minister Alexander De Croo told broadcaster VRT on Tuesday.",
)
st(2, "Alexander De Croo", "BE", "2024-02-27", "oppose", "combat_troops")
doc(
    3,
    "2025-02-15",
    "paraphrase of Notes from Poland",
    "Poland's top diplomat Radoslaw Sikorskiy said on Friday that Warsaw would consider sending soldiers to a peacekeeping mission in Ukraine only if the United States also took part.",
)
st(3, "Radosław Sikorski", "PL", "2025-02-14", "conditional", "peacekeepers")
doc(
    4,
    "2025-02-19",
    "paraphrase of The Local Denmark",
    '"Denmark would in principle be ready to contribute to a mission with a UN mandate," Lokke Rasmussen told Danish broadcaster DR. He said it was too early to say how many soldiers could be sent to Ukraine.',
)
st(4, "Lars Løkke Rasmussen", "DK", "2025-02-19", "conditional", "peacekeepers")
doc(
    5,
    "2025-05-19",
    "paraphrase of DW",
    'German Chancellor Friedrich Merz told public broadcaster ARD on May 18 that deploying German soldiers to Ukraine was "not on the agenda at the moment."',
)
st(5, "Friedrich Merz", "DE", "2025-05-18", "neutral", "combat_troops")
doc(
    6,
    "2025-02-17",
    "paraphrase of Euronews",
    'EU foreign policy chief Kaja Kallas said on Feb. 16 that Europe must be ready to provide security guarantees for Ukraine, including troops on the ground. "Russia cannot have a veto over this," she said.',
)
st(6, "Kaja Kallas", "EU", "2025-02-16", "support", "peacekeepers")
doc(
    7,
    "2024-03-01",
    "paraphrase of Notes from Poland",
    "Poland does not plan to send its troops to Ukraine, Deputy Defence Minister Pawel Zalewski said on Thursday, adding that the alliance's unity was more important.",
)
st(7, "Pawel Zalewski", "PL", "2024-02-29", "oppose", "combat_troops")
doc(
    8,
    "2025-03-20",
    "paraphrase of Reuters",
    "Romania will not send troops to Ukraine but could offer its airspace and logistics hubs for a future force, President Nicusor Dan said. The statement came after a meeting of the Supreme Defence Council.",
)
st(8, "Nicușor Dan", "RO", "2025-03-20", "oppose", "combat_troops")
doc(
    9,
    "2025-03-06",
    "paraphrase of Politico Europe",
    "A senior EU official, speaking on condition of anonymity, said at least five countries were ready to send troops to Ukraine after a ceasefire. According to Le Monde, France and Britain would lead the force.",
)
doc(
    10,
    "2024-02-28",
    "paraphrase of Reuters",
    "Hungarian Prime Minister Viktor Orban criticised Macron's idea of sending Western troops to Ukraine, saying it would lead to a world war.",
)
st(10, "Viktor Orbán", "HU", "2024-02-28", "oppose", "combat_troops")
st(10, "Emmanuel Macron", "FR", "2024-02-28", "support", "combat_troops")
doc(
    11,
    "2025-02-16",
    "paraphrase of Kyiv Independent",
    "Speaking at the Munich Security Conference on Feb. 15, President Volodymyr Zelenskiy called for the creation of a European army and said foreign troops in Ukraine would be part of any security guarantee. The Ukrainian leader said Kyiv would not accept a deal made without it.",
)
st(11, "Volodymyr Zelensky", "UA", "2025-02-15", "support", "peacekeepers")
doc(
    12,
    "2025-03-03",
    "paraphrase of Reuters",
    'French President Emmanuel Macron hosted British Prime Minister Keir Starmer in Paris on Sunday. Starmer said Britain was prepared to back a deal with "boots on the ground and planes in the air."',
)
st(12, "Keir Starmer", "GB", "2025-03-02", "support", "combat_troops")
doc(
    13,
    "2025-03-09",
    "paraphrase of Forsa/RTL report",
    "According to a Forsa poll for RTL and ntv, 61% of Germans are against sending Bundeswehr soldiers to Ukraine to secure a ceasefire, while 31% are in favor.",
)
po(13, "DE", "2025-03-09", "Forsa for RTL", 31.0, 61.0)
doc(
    14,
    "2025-03-12",
    "paraphrase of La Repubblica",
    "One in four Italians supports sending Italian peacekeepers to Ukraine, a Demos survey for La Repubblica found. Among centre-left voters the share was higher.",
)
po(14, "IT", "2025-03-12", "Demos for La Repubblica", 25.0, None)
doc(
    15,
    "2025-03-05",
    "paraphrase of NRK",
    "In a poll by Norstat for NRK, 48 percent of Norwegians said yes to Norwegian soldiers taking part in a peacekeeping force in Ukraine and 33 percent said no. Separately, 64% of Ukrainians support joining NATO, KIIS found.",
)
po(15, "NO", "2025-03-05", "Norstat for NRK", 48.0, 33.0)
doc(
    16,
    "2024-05-09",
    "paraphrase of LRT",
    "Lithuania's parliament speaker met Ukrainian lawmakers in Vilnius on Wednesday. The U.S. announced a new package of air defense missiles for Ukraine.",
)
doc(
    17,
    "2025-02-26",
    "paraphrase of Reuters",
    'The Kremlin said on Tuesday that the presence of European troops in Ukraine in any capacity was unacceptable. "This is an issue of concern for us," Dmitry Peskov told reporters.',
)
st(17, "Dmitry Peskov", "RU", "2025-02-25", "oppose", "combat_troops")
doc(
    18,
    "2025-04-01",
    "paraphrase of Yle",
    "Finnish Defence Minister Antti Hakkanen said Finland would be ready to contribute to a reassurance force if a ceasefire takes hold, but stressed that Finland's own border remained the priority.",
)
st(18, "Antti Häkkänen", "FI", "2025-04-01", "conditional", "reassurance_force")
doc(
    19,
    "2024-06-10",
    "paraphrase of Kyiv Independent",
    "Ukraine's commander-in-chief Oleksandr Syrskyi said in May that he had signed documents allowing French instructors to visit Ukrainian training centers. The French Armed Forces Ministry later said discussions were ongoing.",
)
st(19, "Oleksandr Syrskyi", "UA", "2024-06-10", "support", "trainers")
doc(
    20,
    "2025-03-27",
    "paraphrase of AP",
    "The Portuguese prime minister, Luis Montenegro, said his country was available to take part in a peacekeeping mission in Ukraine under the right conditions. He did not give details.",
)
st(20, "Luís Montenegro", "PT", "2025-03-27", "conditional", "peacekeepers")
doc(
    21,
    "2025-02-18",
    "paraphrase of The Irish Times",
    "Ireland could contribute troops to a peacekeeping mission in Ukraine if there is a UN mandate, the Taoiseach said.",
)
st(21, "Micheál Martin", "IE", "2025-02-18", "conditional", "peacekeepers")
doc(
    22,
    "2025-03-10",
    "paraphrase of Balkan Insight",
    '"Czech soldiers could be part of a future mission, but only after a peace agreement," Czech Defence Minister Jana Cernochova said in an interview with Czech Television published on March 9.',
)
st(22, "Jana Černochová", "CZ", "2025-03-09", "conditional", "peacekeepers")
GOLD.write(out_dir(GOLD_DIR / "dev/holdout"))
