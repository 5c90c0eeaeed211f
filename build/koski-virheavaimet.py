#!/usr/bin/env python3
"""Writes data/koski/virheavaimet/koski-avaimet.txt: every error key of KOSKI.

Reads KOSKI's KoskiErrorCategory.scala from a clone of Opetushallitus/koski (git directory as the argument) and lists
 - every key it defines that answers by itself: each subcategory(...) and each category without subcategories;
 - the categories with subcategories that KOSKI's own code still answers with as such
   (`KoskiErrorCategory.<category>(...)` somewhere under src/main/scala), e.g. badRequest.validation.date.
Run: build/koski-virheavaimet.py /path/to/koski/.git > data/koski/virheavaimet/koski-avaimet.txt
"""
import re
import subprocess
import sys

LAHDE = "src/main/scala/fi/oph/koski/http/KoskiErrorCategory.scala"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True, text=True).stdout


def loppusulku(teksti, i):
    """Index just past the ')' that closes the '(' before i, skipping string literals."""
    syvyys = 1
    while syvyys:
        if teksti.startswith('"""', i):
            i = teksti.index('"""', i + 3) + 3
            continue
        c = teksti[i]
        if c == '"':
            i += 1
            while teksti[i] != '"':
                i += 2 if teksti[i] == "\\" else 1
        elif c == "(":
            syvyys += 1
        elif c == ")":
            syvyys -= 1
        i += 1
    return i


TOKEN = re.compile(
    r'(?P<kategoria>\b(?:object|class)\s+(?P<nimi>\w+)\s+extends\s+ErrorCategory\s*\()'
    r'|(?P<ali>\bsubcategory\s*\(\s*"(?P<alinimi>[^"]*)")'
    r'|(?P<kommentti>//[^\n]*|/\*.*?\*/)'
    r'|(?P<jono>"""(?:.|\n)*?"""|"(?:\\.|[^"\\\n])*")'
    r'|(?P<auki>\{)|(?P<kiinni>\})',
    re.S,
)


def avaimet(teksti):
    """(key, has subcategories) for every category and subcategory, in file order."""
    pino = []  # the enclosing braces: the key of the category whose body it is, or None
    kaikki = {}  # key -> has subcategories
    odottaa = None  # a category whose body '{' comes next
    i = 0
    while (m := TOKEN.search(teksti, i)) is not None:
        i = m.end()
        if m.group("kategoria"):
            loppu = loppusulku(teksti, i)
            argumentit = teksti[i:loppu - 1]
            jonot = re.findall(r'"([^"]*)"', argumentit)
            if argumentit.lstrip().startswith('"'):
                avain = jonot[0]  # a top-level category: ErrorCategory("badRequest", 400, ...)
            else:
                vanhempi = next(k for k in reversed(pino) if k is not None)
                avain = f"{vanhempi}.{jonot[0]}"
                kaikki[vanhempi] = True
            kaikki.setdefault(avain, False)
            i = loppu
            odottaa = avain if re.match(r"\s*\{", teksti[i:]) else None
        elif m.group("ali"):
            vanhempi = next(k for k in reversed(pino) if k is not None)
            kaikki[vanhempi] = True
            kaikki.setdefault(f"{vanhempi}.{m.group('alinimi')}", False)
        elif m.group("auki"):
            pino.append(odottaa)
            odottaa = None
        elif m.group("kiinni"):
            pino.pop()
    return kaikki


def main():
    gitdir = sys.argv[1]
    commit = git(gitdir, "log", "-1", "--format=%H %cs", "HEAD").split()
    kaikki = avaimet(git(gitdir, "show", f"HEAD:{LAHDE}"))
    # Categories KOSKI's code answers with by themselves, by their Scala path (the key may differ from the val name).
    polut = {}
    for rivi in git(gitdir, "grep", "-ohE", r"KoskiErrorCategory(\.\w+)+\(", "HEAD", "--", "src/main/scala").splitlines():
        polut.setdefault(rivi.split(":", 2)[-1].rstrip("(").split(".", 1)[1], None)
    kategoriat = {k for k, lapsia in kaikki.items() if lapsia}
    paljaat = sorted(k for k in kategoriat if k in polut)
    lehdet = sorted(k for k, lapsia in kaikki.items() if not lapsia)
    print("# KOSKI's error keys: every key KoskiErrorCategory defines that answers by itself (its subcategories and the")
    print("# categories without any), then the categories KOSKI's own code answers with as such (KoskiErrorCategory.<category>(...)).")
    print(f"# Source: Opetushallitus/koski {LAHDE} at {commit[0]} ({commit[1]}).")
    print("# Extracted by build/koski-virheavaimet.py; one key per line, '#' starts a comment.")
    for avain in lehdet:
        print(avain)
    print("# Categories KOSKI answers with by themselves:")
    for avain in paljaat:
        print(avain)


if __name__ == "__main__":
    main()
