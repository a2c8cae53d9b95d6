// Everything the checker believes, learned from the loaded corpus only.
import type { RawArticle } from "../corpus/article";
import { analyzeArticles, evidenceAt, type Article, type CommonWords } from "./corpus";
import { NameKnowledge, type MentionRef } from "./names";
import { DateKnowledge } from "./dates";
import { FigureKnowledge } from "./figures";
import { RoleKnowledge } from "./roles";
import { QuoteKnowledge } from "./quotes";
import { SentenceIndex } from "./index";
import type { Evidence } from "../types";

export class Knowledge {
  readonly articles: Article[];
  readonly common: CommonWords;
  readonly names: NameKnowledge;
  /** Dated events: what happened when. */
  readonly dates: DateKnowledge;
  readonly figures: FigureKnowledge;
  /** Who the corpus says each person is. */
  readonly roles: RoleKnowledge;
  /** What the corpus quotes, and whom. */
  readonly quotes: QuoteKnowledge;

  /** Analyses `raw`, unless its analysis is given (`corpus/parallel.ts` does it in worker threads). */
  constructor(raw: RawArticle[], analyzed?: { articles: Article[]; common: CommonWords }) {
    const { articles, common } = analyzed ?? analyzeArticles(raw);
    this.articles = articles;
    this.common = common;
    this.names = new NameKnowledge(articles);
    this.roles = new RoleKnowledge(articles, this.names);
    this.dates = new DateKnowledge(articles);
    this.figures = new FigureKnowledge(articles);
    this.quotes = new QuoteKnowledge(articles);
  }

  private sentenceIndex?: SentenceIndex;
  /** Full-text index over every corpus sentence, built on first use. */
  get index(): SentenceIndex {
    return (this.sentenceIndex ??= new SentenceIndex(this.articles));
  }

  /** Puts in (a restored index) or takes out (before the cache writes the rest) the sentence index. */
  setIndex(index: SentenceIndex | undefined): void {
    this.sentenceIndex = index;
  }

  evidence(ref: MentionRef): Evidence {
    return evidenceAt(this.articles[ref.article], ref);
  }

  /** One piece of evidence per article (its first mention), most-citing article first. */
  evidenceByArticle(refs: MentionRef[], limit = 6): Evidence[] {
    const perArticle = new Map<number, MentionRef[]>();
    for (const r of refs) {
      const list = perArticle.get(r.article) ?? [];
      list.push(r);
      perArticle.set(r.article, list);
    }
    return [...perArticle.values()]
      .sort((a, b) => b.length - a.length || a[0].article - b[0].article)
      .slice(0, limit)
      .map((list) => this.evidence(list[0]));
  }
}
