# ruff: noqa: E501  (gold documents are data: one long text per line)
"""Second held-out gold set, written after the rules were frozen for it and scored once.

Paraphrases, written for evaluation, of real reported 2024-2025 events (the outlet column says
whose report each paraphrases). Gold rows follow docs/codebook.md.
Run: python tools/gold/build_dev_holdout2.py [--out DIR]  (default: data/gold/dev/holdout2)
"""

from goldkit import GOLD_DIR, GoldSet, out_dir

GOLD = GoldSet("h2")
doc, st, po = GOLD.doc, GOLD.st, GOLD.po


doc(
    1,
    "2024-03-15",
    "paraphrase of Le Monde",
    'In a televised interview on Thursday evening, Emmanuel Macron repeated that he did not rule out sending ground troops to Ukraine at some point. "If Russia were to win this war, Europe\'s credibility would be reduced to zero," the French president said.',
)
st(1, "Emmanuel Macron", "FR", "2024-03-14", "support", "combat_troops")
doc(
    2,
    "2024-02-27",
    "paraphrase of Reuters",
    "Swedish Prime Minister Ulf Kristersson said there was no demand for Swedish troops in Ukraine at the moment and that the question was not current.",
)
st(2, "Ulf Kristersson", "SE", "2024-02-27", "neutral", "combat_troops")
doc(
    3,
    "2024-02-27",
    "paraphrase of ČTK",
    "The Czech Republic is not considering sending its soldiers to Ukraine, Prime Minister Petr Fiala said on Tuesday.",
)
st(3, "Petr Fiala", "CZ", "2024-02-27", "oppose", "combat_troops")
doc(
    4,
    "2024-05-03",
    "paraphrase of The Economist",
    "In an interview with The Economist, Macron said that if Russia broke through the front lines and Ukraine requested it, the question of sending troops would legitimately arise.",
)
st(4, "Emmanuel Macron", "FR", "2024-05-03", "conditional", "combat_troops")
doc(
    5,
    "2024-03-07",
    "paraphrase of ERR News",
    "Estonian Foreign Minister Margus Tsahkna said it was important not to rule out any options, including sending non-combat personnel to Ukraine for training or demining.",
)
st(5, "Margus Tsahkna", "EE", "2024-03-07", "support", "other")
doc(
    6,
    "2025-03-12",
    "paraphrase of Reuters",
    "Norway is ready to consider taking part in a force for Ukraine if there is a peace agreement, Prime Minister Jonas Gahr Store told reporters.",
)
st(6, "Jonas Gahr Støre", "NO", "2025-03-12", "conditional", "peacekeepers")
doc(
    7,
    "2025-02-18",
    "paraphrase of Euronews",
    'Spain\'s defence minister Margarita Robles said it was "premature" to talk about sending Spanish troops as peacekeepers to Ukraine.',
)
st(7, "Margarita Robles", "ES", "2025-02-18", "neutral", "peacekeepers")
doc(
    8,
    "2025-03-07",
    "paraphrase of Kyiv Independent",
    'Russia will consider any European troops deployed to Ukraine as a direct involvement of NATO in the war, Foreign Minister Sergey Lavrov said on March 6. Moscow sees "no room for compromise" on the issue, he added.',
)
st(8, "Sergey Lavrov", "RU", "2025-03-06", "oppose", "combat_troops")
doc(
    9,
    "2025-02-20",
    "paraphrase of Politico Europe",
    "Greek Prime Minister Kyriakos Mitsotakis said Greece would not send troops to Ukraine. Belgian Prime Minister Bart De Wever said it was too early to decide.",
)
st(9, "Kyriakos Mitsotakis", "GR", "2025-02-20", "oppose", "combat_troops")
st(9, "Bart De Wever", "BE", "2025-02-20", "neutral", "combat_troops")
doc(
    10,
    "2025-03-18",
    "paraphrase of The Guardian",
    "Australia could send troops to help keep the peace in Ukraine, Anthony Albanese said on Sunday, adding that his government had not received a formal request.",
)
st(10, "Anthony Albanese", "AU", "2025-03-16", "support", "peacekeepers")
doc(
    11,
    "2025-04-12",
    "paraphrase of AP",
    "The UK and France are leading planning for a multinational force for Ukraine, British Defence Secretary John Healey said. Asked whether British soldiers would be deployed, he said any decision would depend on a ceasefire.",
)
st(11, "John Healey", "GB", "2025-04-12", "conditional", "reassurance_force")
doc(
    12,
    "2025-02-21",
    "paraphrase of Kyiv Independent",
    "An Ipsos poll for La Tribune Dimanche shows that 51% of French people would support sending French soldiers to Ukraine to guarantee a ceasefire, while 49% are opposed.",
)
po(12, "FR", "2025-02-21", "Ipsos for La Tribune Dimanche", 51.0, 49.0)
doc(
    13,
    "2025-03-06",
    "paraphrase of Yle",
    "According to a Taloustutkimus survey commissioned by Yle, 43 percent of Finns would back Finnish participation in a peacekeeping operation in Ukraine, and 38 percent would oppose it.",
)
po(13, "FI", "2025-03-06", "Taloustutkimus for Yle", 43.0, 38.0)
doc(
    14,
    "2025-03-04",
    "paraphrase of Lrytas",
    "A Vilmorus poll showed that 29 percent of Lithuanians support sending Lithuanian soldiers to Ukraine as peacekeepers. Support for defence spending increases was higher, at 70 percent.",
)
po(14, "LT", "2025-03-04", "Vilmorus", 29.0, None)
doc(
    15,
    "2024-11-26",
    "paraphrase of Le Monde",
    "French and British officials have revived discussions on deploying Western troops and private defence companies to Ukraine, according to Le Monde, citing unnamed sources.",
)
doc(
    16,
    "2024-12-12",
    "paraphrase of Reuters",
    "Dutch Prime Minister Dick Schoof said on Thursday that it was too early to talk about Dutch participation in a peacekeeping mission in Ukraine.",
)
st(16, "Dick Schoof", "NL", "2024-12-12", "neutral", "peacekeepers")
doc(
    17,
    "2025-01-29",
    "paraphrase of Notes from Poland",
    "Poland's president Andrzej Duda ruled out sending Polish troops to Ukraine as peacekeepers, saying Poland's role was to protect NATO's eastern flank.",
)
st(17, "Andrzej Duda", "PL", "2025-01-29", "oppose", "peacekeepers")
doc(
    18,
    "2025-02-12",
    "paraphrase of DW",
    "Germany will take on responsibility when it comes to securing a peace deal in Ukraine, Foreign Minister Annalena Baerbock said, without ruling out the deployment of German soldiers.",
)
st(18, "Annalena Baerbock", "DE", "2025-02-12", "support", "peacekeepers")
doc(
    19,
    "2025-03-03",
    "paraphrase of Reuters",
    "U.S. President Donald Trump met Zelensky at the White House on Friday. The meeting ended in a shouting match and no minerals deal was signed.",
)
doc(
    20,
    "2025-02-26",
    "paraphrase of CNN",
    'Trump said on Monday that Putin would accept European peacekeepers in Ukraine as part of a deal. "Yeah, he will accept that," Trump told reporters.',
)
st(20, "Donald Trump", "US", "2025-02-24", "support", "peacekeepers")
GOLD.write(out_dir(GOLD_DIR / "dev/holdout2"))
