"""Turn scratch/replies_raw.yaml into tests/review16_replies.yaml with French typography on fr threads."""
import re, yaml
NNBSP, NBSP = "\u202f", "\u00a0"
def fr(t: str) -> str:
    t = t.replace("'", "’")
    t = re.sub(r" ([;!?])", NNBSP + r"\1", t)
    t = re.sub(r" :", NBSP + ":", t)
    t = re.sub(r"(\d) (€|%|h\b|°C|M€)", lambda m: m.group(1) + NBSP + m.group(2), t)
    t = re.sub(r"(\d) (\d{3})\b", lambda m: m.group(1) + NNBSP + m.group(2), t)
    t = t.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return t
doc = yaml.safe_load(open("scratch/replies_raw.yaml"))
for th in doc["threads"]:
    if th["situation"]["lang"] != "fr":
        continue
    for r in th["replies"]:
        if "text" in r:
            r["text"] = fr(r["text"])
        else:
            r["reply"] = {k: fr(v) for k, v in r["reply"].items()}
    for m in th["situation"]["thread"]:
        m["text"] = fr(m["text"])
hdr = ("# Round 16 review: 80 replies to 10 threads in no dev-set situation, written and banded before the scorer was read.\n"
       "# band good: a demanding senior CM grades >= 80 on every quality of the thread; mediocre: honest but mediocre.\n"
       "# French threads use French typography (narrow no-break spaces, ’, no-break space before ':').\n")
open("tests/review16_replies.yaml", "w").write(hdr + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=10000))
