# ruff: noqa: E501  (gold documents are data: one long text per line)
"""Third held-out gold set: written after all rule changes, scored once, never tuned on.

Paraphrases, written for evaluation, of real reported 2024-2025 events (the outlet column says
whose report each paraphrases). Gold rows follow docs/codebook.md.
Run: python tools/gold/build_dev_holdout3.py [--out DIR]  (default: data/gold/dev/holdout3)
"""

from goldkit import GOLD_DIR, GoldSet, out_dir

GOLD = GoldSet("h3")
doc, st, po = GOLD.doc, GOLD.st, GOLD.po


doc(
    1,
    "2024-02-28",
    "paraphrase of NOS",
    "Asked about Macron's remarks, Dutch Prime Minister Mark Rutte said on Tuesday that the Netherlands was not considering sending troops to Ukraine.",
)
st(1, "Mark Rutte", "NL", "2024-02-27", "oppose", "combat_troops")
doc(
    2,
    "2024-03-20",
    "paraphrase of LRT",
    "Lithuanian President Gitanas Nauseda said in an interview that Lithuania would be ready to send its troops to train Ukrainian soldiers in Ukraine.",
)
st(2, "Gitanas Nausėda", "LT", "2024-03-20", "support", "trainers")
doc(
    3,
    "2024-03-05",
    "paraphrase of Euronews",
    "Josep Borrell, the EU's top diplomat, warned on Monday that sending European troops to Ukraine would be a risky move that could escalate the war.",
)
st(3, "Josep Borrell", "EU", "2024-03-04", "oppose", "combat_troops")
doc(
    4,
    "2024-06-08",
    "paraphrase of TASS",
    "Kremlin spokesman Dmitry Peskov said any French military instructors in Ukraine would be legitimate targets for the Russian army.",
)
st(4, "Dmitry Peskov", "RU", "2024-06-08", "oppose", "trainers")
doc(
    5,
    "2025-02-23",
    "paraphrase of ZDF",
    '"We have not excluded it," Boris Pistorius told broadcaster ZDF when asked whether German peacekeepers could go to Ukraine after a ceasefire.',
)
st(5, "Boris Pistorius", "DE", "2025-02-23", "conditional", "peacekeepers")
doc(
    6,
    "2025-03-07",
    "paraphrase of Notes from Poland",
    "Poland will not send soldiers to Ukraine, but will be a logistics hub for any mission, Polish Prime Minister Donald Tusk reiterated on Thursday.",
)
st(6, "Donald Tusk", "PL", "2025-03-06", "oppose", "combat_troops")
doc(
    7,
    "2025-03-03",
    "paraphrase of Sky News",
    "Britain will put boots on the ground and planes in the air as part of a coalition of the willing to defend a deal in Ukraine, Keir Starmer said on Sunday after a summit in London.",
)
st(7, "Keir Starmer", "GB", "2025-03-02", "support", "reassurance_force")
doc(
    8,
    "2025-02-16",
    "paraphrase of TASR",
    "Slovakia will not send a single soldier to Ukraine, Prime Minister Robert Fico wrote on Facebook on Saturday.",
)
st(8, "Robert Fico", "SK", "2025-02-15", "oppose", "combat_troops")
doc(
    9,
    "2025-03-04",
    "paraphrase of Ritzau",
    "According to a Voxmeter survey for Ritzau published on March 3, 58 percent of Danes back sending Danish troops to a peacekeeping force in Ukraine; 24 percent are against.",
)
po(9, "DK", "2025-03-03", "Voxmeter for Ritzau", 58.0, 24.0)
doc(
    10,
    "2025-03-05",
    "paraphrase of The Independent",
    "Some 37% of Britons oppose deploying British troops to Ukraine as peacekeepers, while 47% support it, a More in Common poll found. Among Reform UK voters, opposition rises to 55%.",
)
po(10, "GB", "2025-03-05", "More in Common", 47.0, 37.0)
doc(
    11,
    "2025-03-08",
    "paraphrase of RTL",
    "A third of Germans (33%) favour sending German soldiers to Ukraine to secure a ceasefire, according to Forsa; 60% oppose it.",
)
po(11, "DE", "2025-03-08", "Forsa", 33.0, 60.0)
doc(
    12,
    "2025-02-12",
    "paraphrase of Ukrinform",
    "Ukraine needs more Patriot systems, Defense Minister Rustem Umerov said in Brussels on Tuesday.",
)
doc(
    13,
    "2025-02-15",
    "paraphrase of Kyiv Independent",
    'Zelensky told reporters that Ukraine would welcome a European contingent, adding that "security guarantees must include boots on the ground."',
)
st(13, "Volodymyr Zelensky", "UA", "2025-02-15", "support", "peacekeepers")
doc(
    14,
    "2025-03-01",
    "paraphrase of Radio Prague International",
    "Czech President Petr Pavel said the deployment of Czech soldiers to Ukraine could only happen after a peace agreement and with a clear mandate.",
)
st(14, "Petr Pavel", "CZ", "2025-03-01", "conditional", "peacekeepers")
doc(
    15,
    "2025-03-13",
    "paraphrase of ANSA",
    "Italy could only take part in a mission in Ukraine under a UN flag, Foreign Minister Antonio Tajani said on Wednesday.",
)
st(15, "Antonio Tajani", "IT", "2025-03-12", "conditional", "peacekeepers")
doc(
    16,
    "2025-02-19",
    "paraphrase of Yle",
    'Finnish President Alexander Stubb said it was "very hypothetical" to talk about Finnish troops in Ukraine at this stage.',
)
st(16, "Alexander Stubb", "FI", "2025-02-19", "neutral", "combat_troops")
doc(
    17,
    "2025-02-18",
    "paraphrase of Reuters",
    "Diplomats said France and Britain were drafting plans for up to 30,000 European troops for Ukraine.",
)
doc(
    18,
    "2025-03-11",
    "paraphrase of LSM",
    "Latvian Defence Minister Andris Spruds met his Estonian counterpart in Riga. Latvia is ready to consider sending instructors to Ukraine, the minister said.",
)
st(18, "Andris Sprūds", "LV", "2025-03-11", "support", "trainers")
doc(
    19,
    "2024-02-29",
    "paraphrase of CBC",
    "Canada has no plans to send troops to Ukraine, Defence Minister Bill Blair said on Wednesday.",
)
st(19, "Bill Blair", "CA", "2024-02-28", "neutral", "combat_troops")
GOLD.write(out_dir(GOLD_DIR / "dev/holdout3"))
